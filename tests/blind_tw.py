"""Blind traditional-Chinese (Taiwan) government sites, written from knowledge of
real 2024-2026 sites before reading the project's fixtures or lexicon.

Each site is a dict path -> page (str: UTF-8, bytes: Big5), with dates relative to
NOW (2026-11-25 = ROC 115-11-25). TRUTH (written before any scan):

- tw-healthy (臺中市某區公所, UTF-8, tabs): 最新消息/新聞稿/公告/徵才/活動 all fresh,
  首長信箱 all 已回覆 -> healthy, no freshness findings.
- tw-homestale (Big5, 某鄉公所): every homepage item and column is 30+ days old
  -> stale; homepage_stale; column_stale (news columns >14 days; my first truth
  counted 活動訊息 as news, but the project types an events list "other", no limit,
  tests/column_headings.py EVENTS: 2 stale columns, not 3).
- tw-colstale (UTF-8, tables): homepage 公告 fresh, 新聞稿 list page newest 40 days,
  活動訊息 newest 60 days; 首長信箱 has 處理中 messages 100 and 150 days old (and one
  30 days old, which per the README's 91-day rule is not yet unanswered: my first
  truth used 30-60-day letters and was wrong per the README)
  -> stale; column_stale (1 column: 新聞稿; 活動訊息 is an events list, no limit);
  unanswered_messages (2); no homepage_stale.
- tw-empty (UTF-8): 最新消息 fresh, six other columns say 目前尚無資料
  -> column_empty (fail, 6 columns).
- tw-zombie (Big5): nothing newer than ~500 days (中華民國113年...) -> zombie.
"""

from __future__ import annotations

from datetime import date, timedelta

from tests.portals import NOW

TODAY = NOW.date()


def d(days: int) -> date:
    return TODAY - timedelta(days=days)


def roc(days: int, style: str = "-") -> str:
    x = d(days)
    y = x.year - 1911
    if style == "-":
        return f"{y}-{x.month:02d}-{x.day:02d}"
    if style == "/":
        return f"{y}/{x.month:02d}/{x.day:02d}"
    if style == ".":
        return f"{y}.{x.month:02d}.{x.day:02d}"
    if style == "年":
        return f"{y}年{x.month}月{x.day}日"
    if style == "民國":
        return f"中華民國{y}年{x.month:02d}月{x.day:02d}日"
    raise ValueError(style)


TOPICS = [
    "本所辦理115年度全民防衛動員暨災害防救演習",
    "公告本區低收入戶及中低收入戶年終慰問金發放事宜",
    "區長率隊視察轄內排水溝清淤工程進度",
    "115年度第2期房屋稅開徵即日起至12月1日止",
    "本區辦理登革熱防治孳生源清除環境總動員",
    "舉辦樂齡長者健康促進講座歡迎踴躍參加",
    "公告本所115年度採購案決標結果",
    "本區里長聯繫會報會議紀錄",
    "秋冬季流感疫苗接種開打 請民眾把握時間",
    "公所招募臨時人員（約用）甄選簡章",
    "社區環境清潔評比頒獎典禮圓滿落幕",
    "公告本區都市計畫通盤檢討公開展覽",
    "補助申請：115年度社區發展協會活動補助",
    "區民活動中心場地借用規定修正",
    "本所辦理民眾服務滿意度調查結果公告",
]


def _menu() -> str:
    groups = {
        "關於本所": ["區長介紹", "組織架構", "本所沿革", "業務職掌", "聯絡資訊", "交通位置"],
        "為民服務": ["申辦業務", "表單下載", "常見問答", "服務據點", "預約服務", "規費標準"],
        "資訊公開": ["政府資訊公開", "預算書", "決算書", "採購資訊", "內部控制", "施政計畫"],
        "地方特色": ["觀光景點", "在地美食", "文化資產", "社區營造", "里鄰介紹", "區誌"],
        "便民專區": ["防災專區", "性別平等專區", "廉政專區", "雙語詞彙", "開放資料", "相關連結"],
    }
    parts = ['<nav class="mainmenu"><ul>']
    for i, (title, items) in enumerate(groups.items()):
        parts.append(f'<li><a href="/cp{i}.aspx">{title}</a><ul>')
        for j, item in enumerate(items):
            parts.append(f'<li><a href="/cp{i}_{j}.aspx" title="{item}">{item}</a></li>')
        parts.append("</ul></li>")
    parts.append("</ul></nav>")
    return "".join(parts)


def _head(title: str, charset: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="{charset}">'
        f"<title>{title}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="stylesheet" href="/css/main.css"></head><body>'
        '<a href="#C" class="skip" title="跳到主要內容區塊">跳到主要內容區塊</a>'
        '<div class="header"><a href="#U" id="U" accesskey="U" title="上方功能區塊">:::</a>'
        '<ul class="toplink"><li><a href="/">回首頁</a></li><li><a href="/sitemap.aspx">網站導覽</a></li>'
        '<li><a href="/en/">English</a></li><li><a href="/rss.aspx">RSS</a></li></ul>'
        f'<h1><a href="/"><img src="/img/logo.png" alt="{title}"></a></h1>'
        '<form action="/search.aspx"><label for="q">搜尋</label><input id="q" name="q">'
        '<button type="submit">搜尋</button></form></div>'
        + _menu()
        + '<div class="banner"><ul>'
        + "".join(
            f'<li><a href="/banner{i}.aspx"><img src="/img/b{i}.jpg" alt="{t}"></a></li>'
            for i, t in enumerate(["防詐騙宣導", "全民國防", "節能減碳", "反毒宣導"])
        )
        + '</ul></div><main><a href="#C" id="C" accesskey="C" title="中央內容區塊">:::</a>'
    )


def _foot(name: str, updated_days: int | None, visitors: str = "1,234,567") -> str:
    upd = f"<li>更新日期：{roc(updated_days, '/')}</li>" if updated_days is not None else ""
    links = "".join(
        f'<li><a href="https://www.{h}.gov.tw/" title="{t}(另開新視窗)" target="_blank">{t}</a></li>'
        for h, t in [
            ("taichung", "臺中市政府"),
            ("ey", "行政院"),
            ("moi", "內政部"),
            ("cwa", "中央氣象署"),
            ("nfa", "消防署"),
            ("mohw", "衛生福利部"),
        ]
    )
    return (
        '</main><div class="footer"><a href="#Z" id="Z" accesskey="Z" title="下方功能區塊">:::</a>'
        f'<ul class="flink">{links}</ul>'
        '<ul class="fnav"><li><a href="/privacy.aspx">隱私權保護政策</a></li>'
        '<li><a href="/security.aspx">資訊安全政策</a></li>'
        '<li><a href="/opendata.aspx">政府網站資料開放宣告</a></li></ul>'
        f"<p>{name} 地址：40701臺中市西屯區臺灣大道三段99號 電話：(04)2228-9111 "
        "服務時間：週一至週五 08:00-17:00</p>"
        f'<ul class="info">{upd}<li>瀏覽人次：{visitors}</li></ul>'
        '<a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20240101">'
        '<img src="/img/aa.png" alt="通過AA無障礙網頁檢測"></a>'
        f"<p>Copyright © {name} All Rights Reserved.</p></div></body></html>"
    )


def _items(prefix: str, ages: list[int], style: str, offset: int = 0) -> str:
    out = []
    for i, age in enumerate(ages):
        t = TOPICS[(i + offset) % len(TOPICS)]
        out.append(
            f'<li><a href="/News_Content.aspx?n={prefix}&s={1000 + i + offset}" title="{t}">'
            f'{t}</a><span class="date">{roc(age, style)}</span></li>'
        )
    return "".join(out)


def _list_page(
    head: str,
    foot: str,
    title: str,
    prefix: str,
    ages: list[int],
    style: str,
    empty: bool = False,
    table: bool = False,
) -> str:
    crumbs = f'<div class="path">目前位置：<a href="/">首頁</a> &gt; <a href="/News.aspx?n={prefix}">{title}</a></div>'
    if empty:
        body = '<div class="list"><p class="nodata">目前尚無資料</p></div>'
    elif table:
        rows = "".join(
            f'<tr><td>{i + 1}</td><td><a href="/News_Content.aspx?n={prefix}&s={2000 + i}">'
            f"{TOPICS[i % len(TOPICS)]}</a></td><td>{roc(a, style)}</td><td>秘書室</td></tr>"
            for i, a in enumerate(ages)
        )
        body = (
            f'<table class="list" summary="{title}列表"><caption>{title}</caption>'
            "<thead><tr><th>序號</th><th>標題</th><th>發布日期</th><th>發布單位</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )
    else:
        body = f'<div class="list"><ul>{_items(prefix, ages, style)}</ul></div>'
    pager = (
        '<div class="page">資料總筆數：'
        + str(0 if empty else len(ages) * 5)
        + ' 第 <a href="?page=1">1</a> <a href="?page=2">2</a> 頁 <a href="?page=2">下一頁</a></div>'
    )
    return head + crumbs + f"<h2>{title}</h2>" + body + ("" if empty else pager) + foot


def _filler() -> str:
    # Service icons, quick links and a photo gallery, as real homepages carry.
    svc = "".join(
        f'<li><a href="/svc{i}.aspx"><img src="/img/s{i}.png" alt="">{t}</a></li>'
        for i, t in enumerate(
            [
                "戶政服務",
                "兵役業務",
                "社會救助",
                "調解業務",
                "殯葬服務",
                "災害防救",
                "民政業務",
                "農業服務",
                "公共工程",
                "人文課程",
                "場地租借",
                "里長名冊",
            ]
            * 6
        )
    )
    photos = "".join(
        f'<li><a href="/photo{i}.aspx"><img src="/img/p{i}.jpg" alt="活動照片{i}">'
        f"<p>社區活動花絮第{i}集</p></a></li>"
        for i in range(40)
    )
    return (
        f'<div class="service"><h2>便民服務</h2><ul>{svc}</ul></div>'
        f'<div class="gallery"><h2>影音專區</h2><ul>{photos}</ul></div>'
        + '<div class="css-filler" style="display:none">'
        + ("<!-- x -->" * 200)
        + "</div>"
    )


def _mailbox_block(msgs: list[tuple[int, str]]) -> str:
    rows = "".join(
        f'<tr><td>{1000 + i}</td><td><a href="/mailbox/view.aspx?id={1000 + i}">'
        f"{['路燈不亮請儘速修復', '公園設施損壞', '道路坑洞反映', '垃圾車收運時間', '違規停車檢舉'][i % 5]}</a></td>"
        f"<td>{roc(age, '/')}</td><td>{state}</td></tr>"
        for i, (age, state) in enumerate(msgs)
    )
    return (
        '<table class="mailbox"><caption>首長信箱</caption><thead><tr><th>案號</th><th>主旨</th>'
        f"<th>來信日期</th><th>處理狀態</th></tr></thead><tbody>{rows}</tbody></table>"
    )


COLS = {
    # slug -> (title, prefix)
    "news": ("最新消息", "N1"),
    "press": ("新聞稿", "N2"),
    "notice": ("公告", "N3"),
    "jobs": ("徵才資訊", "N4"),
    "event": ("活動訊息", "N5"),
}


def _site(
    name: str,
    charset: str,
    home: dict[str, list[int]],
    lists: dict[str, list[int]],
    styles: dict[str, str],
    msgs: list[tuple[int, str]],
    updated: int | None,
    tabs: bool,
    extra_cols: dict[str, tuple[str, str]] | None = None,
    empty: set[str] = frozenset(),
    table_cols: set[str] = frozenset(),
) -> dict[str, str]:
    head = _head(name, charset)
    foot = _foot(name, updated)
    cols = {**COLS, **(extra_cols or {})}
    blocks = []
    if tabs:
        tab_heads = "".join(
            f'<li role="tab"><a href="#tab{i}" data-more="/News.aspx?n={cols[s][1]}">{cols[s][0]}</a></li>'
            for i, s in enumerate(home)
        )
        panes = "".join(
            f'<div id="tab{i}" role="tabpanel" class="pane"><h3 class="sr-only">{cols[s][0]}</h3><ul>'
            + (
                _items(cols[s][1], home[s], styles.get(s, "-"), i)
                if home[s] and s not in empty
                else "<li>目前尚無資料</li>"
            )
            + f'</ul><a class="more" href="/News.aspx?n={cols[s][1]}" title="更多{cols[s][0]}">更多</a></div>'
            for i, s in enumerate(home)
        )
        blocks.append(f'<div class="tabs"><ul role="tablist">{tab_heads}</ul>{panes}</div>')
    else:
        for i, s in enumerate(home):
            title, prefix = cols[s]
            inner = (
                _items(prefix, home[s], styles.get(s, "-"), i)
                if home[s] and s not in empty
                else "<li>目前尚無資料</li>"
            )
            blocks.append(
                f'<div class="block"><h2>{title}</h2><ul>{inner}</ul>'
                f'<a class="more" href="/News.aspx?n={prefix}" title="{title}更多">more+</a></div>'
            )
    mb = (
        f'<div class="block"><h2>首長信箱</h2>{_mailbox_block(msgs[:5])}'
        '<a class="more" href="/mailbox/list.aspx">更多</a></div>'
    )
    pages = {"/": head + "".join(blocks) + mb + _filler() + foot}
    for s in home:
        title, prefix = cols[s]
        pages[f"/News.aspx?n={prefix}"] = _list_page(
            head,
            foot,
            title,
            prefix,
            lists.get(s, []),
            styles.get(s, "-"),
            empty=s in empty,
            table=s in table_cols,
        )
    pages["/mailbox/list.aspx"] = head + "<h2>首長信箱</h2>" + _mailbox_block(msgs) + foot
    return pages


STYLES = {"news": "-", "press": "/", "notice": ".", "jobs": "年", "event": "民國"}


def healthy() -> dict[str, str]:
    home = {
        "news": [1, 2, 4, 6, 9],
        "press": [0, 3, 5, 8, 11],
        "notice": [2, 7, 10, 15, 30],
        "jobs": [12, 40, 90],
        "event": [3, 20, 35],
    }
    lists = {k: v + [v[-1] + 7 * i for i in range(1, 10)] for k, v in home.items()}
    msgs = [
        (1, "已回覆"),
        (3, "已回覆"),
        (6, "已回覆"),
        (10, "已回覆"),
        (20, "已回覆"),
        (40, "已回覆"),
    ]
    return _site("臺中市北屯區公所", "utf-8", home, lists, STYLES, msgs, 1, tabs=True)


def homestale() -> dict[str, bytes]:
    home = {
        "news": [30, 35, 44],
        "press": [32, 50],
        "notice": [31, 60, 90],
        "jobs": [70, 200],
        "event": [45, 80],
    }
    lists = {k: v + [v[-1] + 10 * i for i in range(1, 8)] for k, v in home.items()}
    msgs = [(40, "已回覆"), (50, "已回覆"), (70, "已回覆")]
    pages = _site("彰化縣芬園鄉公所", "big5", home, lists, STYLES, msgs, 30, tabs=False)
    return {k: v.replace("©", "(C)").encode("big5") for k, v in pages.items()}


def colstale() -> dict[str, str]:
    home = {
        "notice": [1, 4, 9],
        "news": [2, 5],
        "press": [40, 48],
        "event": [60, 75],
        "jobs": [100],
    }
    lists = {k: v + [v[-1] + 9 * i for i in range(1, 8)] for k, v in home.items()}
    msgs = [(30, "處理中"), (100, "處理中"), (150, "處理中"), (2, "已回覆"), (200, "已回覆")]
    return _site(
        "新北市雙溪區公所",
        "utf-8",
        home,
        lists,
        STYLES,
        msgs,
        2,
        tabs=False,
        table_cols={"notice", "press"},
    )


EXTRA = {
    "law": ("法規資訊", "E1"),
    "open": ("政府資訊公開", "E2"),
    "plan": ("施政計畫", "E3"),
    "bid": ("採購公告", "E4"),
    "subsidy": ("補助資訊", "E5"),
    "video": ("影音專區", "E6"),
}


def empty_site() -> dict[str, str]:
    home = {
        "news": [1, 3, 5, 8],
        "law": [],
        "open": [],
        "plan": [],
        "bid": [],
        "subsidy": [],
        "video": [],
    }
    lists = {"news": [1, 3, 5, 8, 12, 16, 20]}
    msgs = [(2, "已回覆"), (4, "已回覆")]
    return _site(
        "屏東縣霧臺鄉公所",
        "utf-8",
        home,
        lists,
        STYLES,
        msgs,
        1,
        tabs=True,
        extra_cols=EXTRA,
        empty={"law", "open", "plan", "bid", "subsidy", "video"},
    )


def zombie() -> dict[str, bytes]:
    home = {
        "news": [500, 520, 560],
        "press": [510, 600],
        "notice": [505, 700],
        "jobs": [800],
        "event": [530, 620],
    }
    lists = {k: v + [v[-1] + 15 * i for i in range(1, 6)] for k, v in home.items()}
    msgs = [(540, "已回覆"), (600, "已回覆")]
    styles = {k: "民國" for k in home}
    pages = _site("南投縣中寮鄉公所", "big5", home, lists, styles, msgs, 500, tabs=False)
    return {k: v.replace("©", "(C)").encode("big5") for k, v in pages.items()}


SITES = {
    "tw-healthy": healthy,
    "tw-homestale": homestale,
    "tw-colstale": colstale,
    "tw-empty": empty_site,
    "tw-zombie": zombie,
}
