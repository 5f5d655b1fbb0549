"""A third audit's simplified-Chinese portals: how list dates read at their edges.

Each site is a county, township or bureau portal as its CMS renders it (大汉 Hanweb
`/art/2026/12/31/art_3402_1.html`, TRS `./202611/t20261118_1.html`, a WordPress 乡镇
site with `/?p=123` links), with a header clock, weather, navigation with sub-menus,
a 图片新闻 carousel without dates, a side bar, friend links and a footer with its
copyright years and ICP number, and what an inspector writes down. The edges:

- year-less dates (`[12-28]`, `12-28`, `12月28日`) across the New Year: on 2027-01-05
  a list of 01-04, 01-03, 12-31, 12-30 is one newest-first list ending in 2026;
- year-less dates whose item URL carries the year (Hanweb): a dead 乡镇动态 of
  2025-12-26 is not this year's 12-26;
- a dead list of year-less dates read on a day between its items' month-days: on
  2026-11-25, a list of 12-28, 12-20, 12-05, 11-28, 11-20 is 2025's, not a list whose
  11-20 is five days old;
- pinned (置顶) items: an old one over a fresh list, a fresh one over a dead list, a
  year-less pinned one shown by an icon;
- items dated after today (a typo'd 2027, a 2099): no update;
- dates only in a link's title attribute, in a `<span class="date">` before the title,
  in a table's own column, as `2026.11.19` and `2026/11/20`; a batch upload (every item
  of a column on one day); dates in article URLs only.

The clocks are fixed: NEW_YEAR is Tuesday 2027-01-05, NOW Wednesday 2026-11-25, both
10:00 in Beijing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from tests.realistic_zh import ColumnTruth, SiteTruth

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 10:00 in Beijing, 星期三
NEW_YEAR = datetime(2027, 1, 5, 2, 0, tzinfo=UTC)  # 10:00 in Beijing, 星期二
WEEKDAYS = "一二三四五六日"

Fmt = Callable[[date], str]


def iso(d: date) -> str:
    return d.isoformat()


def bracket_md(d: date) -> str:
    return f"[{d:%m-%d}]"


def md(d: date) -> str:
    return f"{d:%m-%d}"


def cjk_md(d: date) -> str:
    return f"{d.month}月{d.day}日"


def dotted(d: date) -> str:
    return f"{d:%Y.%m.%d}"


def slashed(d: date) -> str:
    return f"{d:%Y/%m/%d}"


def cjk_day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


TITLES = {
    "news": [
        "县委常委会召开会议传达学习全会精神", "我县召开冬季安全生产工作部署会", "县政府召开第十八次常务会议",
        "县领导督导检查森林防火工作", "我县举办农民丰收节系列活动", "全县农村人居环境整治现场推进会召开",
        "县长带队赴长三角开展招商引资活动", "我县启动“119”消防宣传月活动", "县人大常委会开展执法检查",
        "我县召开乡村振兴重点工作推进会", "县政协召开专题协商会议", "全县安全生产大检查动员会召开",
        "我县开展冬季征兵体检工作", "县委理论学习中心组举行集体学习", "我县召开秸秆禁烧工作调度会",
        "县领导走访慰问困难群众", "我县举办2026年就业援助月招聘会", "全县经济运行分析会召开",
    ],
    "notice": [
        "关于2026年度县级预算单位决算公开的公告", "关于开展冬季消防安全检查的通知", "关于公开征求意见的公告",
        "关于调整部分公交线路的通告", "关于做好元旦春节期间有关工作的通知", "关于开展农村危房改造验收的公示",
        "关于举办政务公开培训班的通知", "关于第三批县级非遗代表性项目名录的公示", "关于停水停电的通知",
        "关于开展2026年度统计执法检查的公告", "关于征集民生实事项目的公告", "关于耕地地力保护补贴发放的公示",
    ],
    "policy": [
        "县人民政府关于印发优化营商环境若干措施的通知", "县人民政府办公室关于加强耕地保护的实施意见",
        "关于进一步规范行政执法工作的通知", "县人民政府关于印发林长制工作方案的通知",
        "关于做好稳就业工作的若干政策措施", "县人民政府关于加快推进数字政府建设的实施方案",
        "关于印发县级储备粮管理办法的通知", "关于建立健全养老服务体系的实施意见",
    ],
    "personnel": [
        "县人民政府关于王某某等同志职务任免的通知", "2026年度县事业单位公开招聘工作人员公告",
        "关于拟任职干部的公示", "县人力资源和社会保障局关于公开选调工作人员的公告",
        "2026年度县级机关公开遴选公务员面试公告", "关于李某某同志任职的通知",
    ],
    "planning": [
        "县国民经济和社会发展第十五个五年规划纲要", "县2026年国民经济和社会发展计划",
        "县国土空间总体规划（2021-2035年）", "县综合交通运输发展规划", "县乡村振兴战略规划",
    ],
    "finance": [
        "2026年县本级政府采购项目资金预算", "县财政局2026年部门预算公开", "2025年县级一般公共预算决算说明",
        "县级财政专项资金管理清单", "2026年第三季度财政收支情况",
    ],
}


def title(kind: str, index: int) -> str:
    pool = TITLES[kind]
    base = pool[index % len(pool)]
    return base if index < len(pool) else f"{base}（{index // len(pool) + 1}）"


@dataclass
class Col:
    """A homepage column box: its items (title, date, url) and how it prints a date."""

    name: str
    type: str
    days: Sequence[date]
    path: str
    url: Callable[[int, date], str]
    fmt: Fmt
    kind: str = ""
    shown: int = 7  # items in the homepage box; the list page shows all
    render: str = "after"  # after | before | title | table | url
    pinned: int = -1  # the index of a pinned (置顶) item, if any
    pin_style: str = "text"  # text | icon

    def rows(self, limit: int | None = None) -> list[tuple[str, date, str]]:
        pool = self.kind or self.type
        days = list(self.days)[: limit or len(self.days)]
        return [(title(pool, i), d, self.url(i, d)) for i, d in enumerate(days)]

    def truth(self, newest: date | None) -> ColumnTruth:
        return ColumnTruth(self.name, self.type, newest, path=self.path)


def hanweb(colid: int) -> Callable[[int, date], str]:
    def url(n: int, d: date) -> str:
        return f"/art/{d.year}/{d.month}/{d.day}/art_{colid}_{987650 - 17 * n - colid}.html"

    return url


def trs(folder: str) -> Callable[[int, date], str]:
    def url(n: int, d: date) -> str:
        return f"{folder}{d:%Y%m}/t{d:%Y%m%d}_{12345678 - 29 * n}.html"

    return url


def plain(folder: str) -> Callable[[int, date], str]:
    def url(n: int, d: date) -> str:
        return f"{folder}content_{774400 - 13 * n - len(folder)}.html"

    return url


def wordpress(n: int, d: date) -> str:
    return f"/?p={5120 - 7 * n}"


def _item(col: Col, index: int, row: tuple[str, date, str]) -> str:
    text, day, url = row
    pin = ""
    cls = ""
    if index == col.pinned:
        cls = ' class="top"'
        pin = (
            '<img src="/images/zhiding.gif" alt="" class="ico">'
            if col.pin_style == "icon"
            else '<span class="zd">【置顶】</span>'
        )
    short = text if len(text) <= 16 else text[:15] + "…"
    if col.render == "before":
        return f'<li{cls}>{pin}<span class="date">{col.fmt(day)}</span><a href="{url}" target="_blank">{text}</a></li>'
    if col.render == "title":
        return (
            f'<li{cls}>{pin}<a href="{url}" target="_blank" '
            f'title="{text}&#10;发布日期：{col.fmt(day)}">{short}</a></li>'
        )
    if col.render == "url":
        return f'<li{cls}>{pin}<a href="{url}" target="_blank" title="{text}">{short}</a></li>'
    return (
        f'<li{cls}>{pin}<a href="{url}" target="_blank" title="{text}">{short}</a>'
        f'<span class="time">{col.fmt(day)}</span></li>'
    )


def _ul(col: Col, limit: int | None = None) -> str:
    return (
        '<ul class="list">'
        + "".join(_item(col, i, row) for i, row in enumerate(col.rows(limit)))
        + "</ul>"
    )


def _table(col: Col, limit: int | None = None) -> str:
    rows = "".join(
        f'<tr><td class="xh">{i + 1}</td><td class="bt"><a href="{u}" target="_blank" title="{t}">{t}</a></td>'
        f'<td>县发展和改革委员会</td><td>发改〔{d.year}〕{40 - i}号</td><td class="rq">{col.fmt(d)}</td></tr>'
        for i, (t, d, u) in enumerate(col.rows(limit))
    )
    return (
        '<table class="xxgk-list" width="100%"><thead><tr><th>序号</th><th>标题</th><th>发布机构</th>'
        f"<th>文号</th><th>发布日期</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _list(col: Col, limit: int | None = None) -> str:
    return _table(col, limit) if col.render == "table" else _ul(col, limit)


# --- chrome ----------------------------------------------------------------------------------

_STYLE = (
    "<style>body{margin:0;font:14px/1.8 'Microsoft YaHei',SimSun}.w1200{width:1200px;margin:0 auto}"
    ".nav li{float:left;position:relative}.nav .sub{display:none;position:absolute}.nav li:hover .sub{display:block}"
    ".box{float:left;width:590px;margin:0 10px 20px 0}.box .hd{border-bottom:2px solid #c00;height:36px}"
    ".box .hd h3{float:left;font-size:18px}.box .hd .more{float:right;color:#999}.list li{height:34px;overflow:hidden}"
    ".list li .time{float:right;color:#999}.footer{background:#b71c1c;color:#fff;text-align:center}"
    ".slide{position:relative;height:360px;overflow:hidden}.slide .bd li{position:absolute}.zd{color:#e00}</style>"
)
_STATS = (
    '<script type="text/javascript">var _hmt = _hmt || [];(function() {var hm = document.createElement("script");'
    'hm.src = "https://hm.baidu.com/hm.js?9f1c0a5b3d2e4f6a7b8c9d0e1f2a3b4c";var s = document.getElementsByTagName("script")[0];'
    "s.parentNode.insertBefore(hm, s);})();</script>"
    '<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>'
    '<script type="text/javascript" src="/module/jslib/slide/jquery.SuperSlide.2.1.3.js"></script>'
    '<script>jQuery(".slide").slide({mainCell:".bd ul",autoPlay:true,effect:"fold",interTime:4000});'
    'jQuery(".tab").slide({titCell:".hd li",mainCell:".bd",trigger:"mouseover"});</script>'
)


def _head(site: str, page: str = "") -> str:
    name = f"{page}_{site}" if page else site
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">'
        f'<meta name="SiteName" content="{site}"><meta name="SiteDomain" content="www.example.gov.cn">'
        '<meta name="SiteIDCode" content="3417230001">'
        f"<title>{name}</title>"
        '<link rel="stylesheet" href="/images/2026/style.css">' + _STYLE + "</head>\n"
    )


def _top(today: date) -> str:
    return (
        '<div class="topbar"><div class="w1200">'
        f'<span id="today">今天是{cjk_day(today)} 星期{WEEKDAYS[today.weekday()]}</span>'
        '<span class="weather">多云 3℃~12℃ 东北风2级</span>'
        '<a href="javascript:void(0)" id="cniil_wza">无障碍浏览</a> <a href="/elder/">长者模式</a>'
        ' <a href="/sitemap/">网站地图</a> <a href="https://mail.example.gov.cn/">政务邮箱</a>'
        "</div></div>"
        '<div class="header"><div class="w1200"><a href="/"><img src="/images/2026/logo.png" alt="logo"></a>'
        '<form action="/jsearchfront/search.do" method="get" class="search"><input type="hidden" name="websiteid" value="341723000000000">'
        '<input type="text" name="q" placeholder="请输入搜索内容"><button type="submit">搜索</button></form></div></div>'
    )


_MENUS = [
    ("走进本县", "/zjbx/", ["县情概况", "历史沿革", "自然资源", "行政区划", "人口民族", "旅游资源"]),
    ("政务公开", "/zwgk/", ["政府信息公开指南", "法定主动公开内容", "政府信息公开年报", "重点领域信息公开"]),
    ("政务服务", "/zwfw/", ["个人办事", "法人办事", "办事指南", "便民服务", "证照查询"]),
    ("互动交流", "/hdjl/", ["县长信箱", "在线访谈", "征集调查", "常见问题"]),
    ("专题专栏", "/ztzl/", ["学习贯彻四中全会精神", "优化营商环境", "乡村振兴", "安全生产"]),
    ("数据开放", "/sjkf/", ["统计数据", "统计公报", "数据解读"]),
]


def _nav() -> str:
    items = []
    for i, (name, path, subs) in enumerate(_MENUS):
        sub = "".join(
            f'<li><a href="{path}{chr(97 + j)}{i}/">{s}</a></li>' for j, s in enumerate(subs)
        )
        items.append(f'<li><a href="{path}">{name}</a><ul class="sub">{sub}</ul></li>')
    return (
        '<div class="nav"><ul class="w1200"><li class="on"><a href="/">网站首页</a></li>'
        + "".join(items)
        + "</ul></div>"
    )


def _slide(prefix: str) -> str:
    pics = [
        "县委书记调研重点项目建设", "我县举办农民丰收节", "冬日乡村美如画", "全县干部学习贯彻全会精神",
        "新建学校正式投入使用",
    ]
    lis = "".join(
        f'<li><a href="{prefix}{8800 + i}.html" target="_blank"><img src="/picture/slide/{i}.jpg" alt="{t}"></a>'
        f'<p><a href="{prefix}{8800 + i}.html" target="_blank">{t}</a></p></li>'
        for i, t in enumerate(pics)
    )
    return (
        '<div class="slide"><div class="hd"><h3>图片新闻</h3><ul><li>1</li><li>2</li><li>3</li><li>4</li><li>5</li></ul></div>'
        f'<div class="bd"><ul>{lis}</ul></div></div>'
    )


def _side() -> str:
    services = "".join(
        f'<li><a href="https://www.ahzwfw.gov.cn/bog-bsdt/static/workProcess/{i}"><img src="/images/2026/fw{i}.png" alt="">{t}</a></li>'
        for i, t in enumerate(
            ["社保查询", "公积金查询", "不动产登记", "户籍办理", "出入境", "医保缴费", "婚姻登记", "教育入学",
             "住房保障", "交通出行", "就业创业", "企业开办"]
        )
    )
    topics = "".join(
        f'<li><a href="/ztzl/zt{i}/"><img src="/images/2026/zt{i}.jpg" alt="{t}"></a></li>'
        for i, t in enumerate(["深入学习贯彻党的二十届四中全会精神", "优化营商环境", "安全生产月", "清廉建设", "文明创建"])
    )
    return (
        '<div class="right-side"><div class="ldzc"><h3>领导之窗</h3><ul>'
        '<li><a href="/zjbx/ldzc/sz/">县长</a></li><li><a href="/zjbx/ldzc/fxz1/">副县长</a></li>'
        '<li><a href="/zjbx/ldzc/fxz2/">副县长</a></li></ul></div>'
        f'<div class="bmfw"><h3>便民服务</h3><ul>{services}</ul></div>'
        f'<div class="ztzl"><h3>专题专栏</h3><ul>{topics}</ul></div></div>'
    )


def _friends() -> str:
    groups = {
        "国家部委网站": ["中国政府网", "国家发展改革委", "教育部", "科学技术部", "工业和信息化部", "公安部", "民政部"],
        "省直部门网站": ["省发展改革委", "省教育厅", "省科技厅", "省经信厅", "省公安厅", "省民政厅", "省司法厅"],
        "周边县区网站": ["东县人民政府", "西县人民政府", "南县人民政府", "北区人民政府", "中区人民政府"],
    }
    selects = "".join(
        f'<select onchange="window.open(this.value)"><option value="">--{g}--</option>'
        + "".join(f'<option value="http://www.site{i}.gov.cn/">{n}</option>' for i, n in enumerate(names))
        + "</select>"
        for g, names in groups.items()
    )
    return f'<div class="yqlj w1200"><span>友情链接：</span>{selects}</div>'


def _foot(site: str, icp: str, year: int) -> str:
    return (
        '<div class="footer"><div class="w1200">'
        '<p><a href="/gywm/">关于我们</a> | <a href="/sitemap/">网站地图</a> | <a href="/lxwm/">联系我们</a> | '
        '<a href="/wzsm/">网站声明</a></p>'
        f"<p>主办单位：{site}办公室 承办单位：县数据资源管理局 版权所有 © 2008-{year}</p>"
        f'<p><a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a> 网站标识码：3417230001 '
        '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=34172302000123">'
        "皖公网安备 34172302000123号</a></p>"
        '<p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1A2B3C">'
        '<img src="/images/2026/dzjg.png" alt="党政机关"></a></span>'
        '<script id="_jiucuo_" sitecode="3417230001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>'
        "</div></div>"
    )


def _box(col: Col) -> str:
    return (
        f'<div class="box"><div class="hd"><h3><a href="{col.path}">{col.name}</a></h3>'
        f'<a class="more" href="{col.path}" target="_blank">更多&gt;&gt;</a></div>'
        f'<div class="bd">{_list(col, col.shown)}</div></div>'
    )


def _home(site: str, today: date, cols: Sequence[Col], icp: str) -> str:
    return (
        _head(site)
        + "<body>"
        + _top(today)
        + _nav()
        + '<div class="main w1200"><div class="row1">'
        + _slide("/tpxw/")
        + "</div>"
        + '<div class="row2">'
        + "".join(_box(c) for c in cols)
        + "</div>"
        + _side()
        + "</div>"
        + _friends()
        + _foot(site, icp, today.year)
        + _STATS
        + "</body></html>"
    )


def _list_page(site: str, today: date, col: Col, cols: Sequence[Col], icp: str) -> str:
    menu = "".join(f'<li><a href="{c.path}">{c.name}</a></li>' for c in cols)
    pages = 9
    return (
        _head(site, col.name)
        + "<body>"
        + _top(today)
        + _nav()
        + '<div class="main w1200"><div class="location">您当前的位置：<a href="/">首页</a> &gt; '
        + f'<a href="{col.path}">{col.name}</a></div>'
        + f'<div class="left"><div class="lm-title">栏目导航</div><ul class="submenu">{menu}</ul></div>'
        + f'<div class="right"><div class="lm-name"><h2>{col.name}</h2></div>{_list(col)}'
        + f'<div class="pages">共{pages * 20}条 第1/{pages}页 <a href="index_2.html">下一页</a> '
        + f'<a href="index_{pages}.html">尾页</a></div></div></div>'
        + _friends()
        + _foot(site, icp, today.year)
        + _STATS
        + "</body></html>"
    )


def _site(
    slug: str,
    what: str,
    site: str,
    today: date,
    cols: Sequence[Col],
    icp: str,
    truths: Sequence[ColumnTruth],
    **truth: object,
) -> SiteTruth:
    pages: dict[str, str | bytes] = {"/": _home(site, today, cols, icp)}
    for col in cols:
        pages[col.path] = _list_page(site, today, col, cols, icp)
    return SiteTruth(slug, what, pages, tuple(truths), **truth)  # type: ignore[arg-type]


def _days(start: date, *gaps: int) -> list[date]:
    """start, then each gap (days) further back."""
    days = [start]
    for gap in gaps:
        days.append(days[-1] - timedelta(days=gap))
    return days


def _more(days: list[date], n: int = 12, step: int = 9) -> list[date]:
    """The list page's older items after the homepage's."""
    return days + [days[-1] - timedelta(days=step * (i + 1)) for i in range(n)]


# --- sites ----------------------------------------------------------------------------------


def new_year_county() -> SiteTruth:
    """集约化 (Hanweb) county portal scanned on 2027-01-05: year-less dates across the
    New Year (01-04, 01-03, 12-31, 12-30 is one newest-first list), 部门动态's [12-31]
    beside 2026 URLs, and a dead 乡镇动态 whose [12-26] items link /art/2025/12/26/: a
    year and nine days old, not nine days."""
    today = NEW_YEAR.astimezone(UTC).date()
    jryw = _days(date(2027, 1, 4), 1, 4, 1, 2, 3, 3)
    tzgg = _days(date(2027, 1, 3), 4, 1, 14, 25, 20)
    bmdt = _days(date(2026, 12, 31), 1, 6, 3, 7, 5)
    xzdt = _days(date(2025, 12, 26), 7, 9, 12, 12, 15)
    zcwj = _days(date(2026, 12, 18), 12, 30, 21)
    cols = [
        Col("今日要闻", "news", _more(jryw), "/col/col3402/index.html", plain("/xwzx/jryw/"), bracket_md),
        Col("通知公告", "notice", _more(tzgg, 8, 20), "/col/col3405/index.html", plain("/xwzx/tzgg/"), cjk_md,
            render="before"),
        Col("部门动态", "news", _more(bmdt), "/col/col3406/index.html", hanweb(3406), bracket_md),
        Col("乡镇动态", "news", _more(xzdt), "/col/col3407/index.html", hanweb(3407), bracket_md),
        Col("政策文件", "policy", _more(zcwj, 8, 30), "/col/col3410/index.html", hanweb(3410), iso),
    ]
    truths = [c.truth(c.days[0]) for c in cols]
    return _site(
        "newyear-county", "year-less dates across the New Year, years from Hanweb URLs",
        "新年县人民政府", today, cols, "皖ICP备05001234号-1", truths,
        status="stale", passed=True, findings=frozenset({"column_stale"}),
        last_updated=date(2027, 1, 4), stale_columns=frozenset({"乡镇动态"}),
    )


def dead_township() -> SiteTruth:
    """WordPress 乡镇 site (`/?p=123` links, no date in a URL), last updated at the end
    of 2025 and scanned on 2026-11-25: its year-less lists ([12-28] over [11-20], 12-15
    over 10-08, 12月2日 over 11月18日) are newest first, so each one's later items are
    2025's, not days-old 2026 dates."""
    today = NOW.astimezone(UTC).date()
    zwdt = _days(date(2025, 12, 28), 8, 15, 7, 8, 8, 13)
    tzgg = _days(date(2025, 12, 15), 68, 49, 70, 101)
    zcjd = _days(date(2025, 12, 2), 14, 49, 117)
    rsxx = _days(date(2025, 12, 10), 162, 90)
    cols = [
        Col("镇务动态", "news", _more(zwdt), "/category/zwdt/", wordpress, bracket_md, render="before"),
        Col("通知公告", "notice", _more(tzgg, 6, 40), "/category/tzgg/", wordpress, md),
        Col("政策解读", "policy", _more(zcjd, 6, 40), "/category/zcjd/", wordpress, cjk_md, kind="policy"),
        Col("人事信息", "personnel", _more(rsxx, 4, 60), "/category/rsxx/", wordpress, md),
    ]
    truths = [c.truth(c.days[0]) for c in cols]
    return _site(
        "dead-township", "a dead township's year-less lists read on a day between their month-days",
        "逸市镇人民政府", today, cols, "皖ICP备13004567号-2", truths,
        status="stale", passed=False, findings=frozenset({"homepage_stale", "column_stale"}),
        last_updated=date(2025, 12, 28), stale_columns=frozenset({"镇务动态", "通知公告", "政策解读"}),
    )


def pinned_bureau() -> SiteTruth:
    """TRS 发改委 site scanned on 2026-11-25: pinned items (an old 【置顶】 over a fresh
    list; a fresh 置顶 over a list dead since 2024; a year-less [12-15] of 2025 pinned by
    an icon over this month's [11-24]), a typo'd 2027 and a 2099 over a fresh list,
    dates only in the links' title attributes, a 信息公开 table with its own date
    column, `2026.11.19` before the title, batch uploads (政策文件 all on 2026-09-10,
    人事信息 all on 2025-06-30), and 财政资金 dated by its TRS URLs only."""
    today = NOW.astimezone(UTC).date()
    tzgg = [date(2024, 3, 1), *_days(date(2026, 11, 24), 3, 5, 6, 8, 7)]
    gzdt = [date(2026, 11, 20), *_days(date(2024, 8, 12), 20, 31, 18, 27)]
    bmdt = [date(2025, 12, 15), *_days(date(2026, 11, 24), 2, 4, 6, 5, 6)]
    zsyz = [date(2027, 11, 20), date(2099, 1, 1), *_days(date(2026, 11, 21), 5, 6, 9, 4)]
    ghjh = _days(date(2026, 3, 12), 70, 120, 90)
    xmjs = _days(date(2026, 11, 19), 6, 9, 5)
    zcwj = [date(2026, 9, 10)] * 8
    rsxx = [date(2025, 6, 30)] * 6
    czzj = _days(date(2026, 11, 18), 10, 14, 12)
    cols = [
        Col("通知公告", "notice", _more(tzgg), "/tzgg/", trs("/tzgg/"), bracket_md, pinned=0),
        Col("工作动态", "news", _more(gzdt, 6, 30), "/gzdt/", trs("/gzdt/"), iso, pinned=0),
        Col("部门动态", "news", _more(bmdt), "/bmdt/", plain("/bmdt/"), bracket_md, pinned=0,
            pin_style="icon"),
        Col("招商引资", "other", _more(zsyz), "/zsyz/", plain("/zsyz/"), iso, kind="news"),
        Col("规划计划", "planning", _more(ghjh, 4, 90), "/ghjh/", plain("/ghjh/"), iso, render="title"),
        Col("项目建设", "other", _more(xmjs), "/xmjs/", plain("/xmjs/"), dotted, render="before", kind="news"),
        Col("政策文件", "policy", zcwj, "/zcwj/", plain("/zcwj/"), slashed, render="table"),
        Col("人事信息", "personnel", rsxx, "/rsxx/", plain("/rsxx/"), iso),
        Col("财政资金", "finance", _more(czzj, 6, 30), "/czzj/", trs("/czzj/"), iso, render="url"),
    ]
    newest = {
        "通知公告": date(2026, 11, 24), "工作动态": date(2026, 11, 20), "部门动态": date(2026, 11, 24),
        "招商引资": date(2026, 11, 21),
    }
    truths = [c.truth(newest.get(c.name, max(c.days))) for c in cols]
    return _site(
        "pinned-bureau", "pinned, future-dated, hover-dated, table-dated, batch and URL-dated lists",
        "清河县发展和改革委员会", today, cols, "皖ICP备05001234号-7", truths,
        status="stale", passed=True, findings=frozenset({"column_stale"}),
        last_updated=date(2026, 11, 24), stale_columns=frozenset({"人事信息"}),
    )


SITES = (new_year_county, dead_township, pinned_bureau)
CLOCKS = {"newyear-county": NEW_YEAR, "dead-township": NOW, "pinned-bureau": NOW}
