"""Simplified-Chinese government portals as their CMSs render them, with the truth.

Written apart from tests/portals.py, from how real templates look: 大汉 Hanweb jcms
(`/col/col3402/index.html`, `/art/2026/3/17/art_3402_90211.html`, datastore scripts),
拓尔思 TRS WCM (`./zwdt/202603/t20260316_4567890.htm`, `createPageHTML`, GBK),
集约化平台 portals of portals, 党政机关, 乡镇/街道 and 部门 (发改委, 教育局, 卫健委) sites.
Every date is relative to the fixed clock NOW (a Wednesday in March, so that a
year-less `[12-28]` belongs to the year before).

Each `SiteTruth` holds a site's pages (path -> str for UTF-8, bytes for GBK served
without an HTTP charset) and what an inspector would write down: its columns (name,
type, newest date, empty?), its status, whether it passes, the freshness findings
and the date it was last updated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

NOW = datetime(2026, 3, 18, 2, 30, tzinfo=UTC)  # 10:30 in Beijing, 星期三
TODAY = NOW.date()
WEEKDAYS = "一二三四五六日"


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


# --- date formats as CMS templates print them -----------------------------------------


def iso(d: date) -> str:
    return d.isoformat()


def bracket_md(d: date) -> str:
    return f"[{d:%m-%d}]"


def md(d: date) -> str:
    return f"{d:%m-%d}"


def cjk(d: date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cjk_loose(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cjk_md(d: date) -> str:
    return f"{d.month}月{d.day}日"


def dotted(d: date) -> str:
    return f"{d:%Y.%m.%d}"


def slashed(d: date) -> str:
    return f"{d.year}/{d.month}/{d.day}"


def fullwidth(d: date) -> str:
    return iso(d).translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def clock(d: date = TODAY) -> str:
    return f"{cjk_loose(d)} 星期{WEEKDAYS[d.weekday()]}"


# --- titles ------------------------------------------------------------------------------

TITLES: dict[str, tuple[str, ...]] = {
    "news": (
        "县委常委会召开会议传达学习全国两会精神",
        "县政府第四十二次常务会议召开",
        "全县春季植树造林工作现场推进会召开",
        "县领导带队开展安全生产专项检查",
        "我县召开优化营商环境工作推进会",
        "县人大常委会调研乡村振兴重点项目建设",
        "全县招商引资工作会议召开",
        "县政协召开十届五次常委会议",
        "县长主持召开防汛抗旱工作会议",
        "我县举行重点项目集中开工仪式",
        "县委理论学习中心组开展专题学习",
        "全县森林防灭火工作会议召开",
    ),
    "notice": (
        "关于2026年清明节期间森林防火的通告",
        "关于公开招聘社区工作者的公告",
        "关于开展2026年度城乡居民医保集中缴费的通知",
        "关于《城市绿化管理办法》自2026年5月1日起施行的公告",
        "关于拟确定2025年度优秀村（社区）党组织书记的公示",
        "关于做好2026年春季学期学生资助工作的通知",
        "关于部分路段施工期间交通管制的通告",
        "关于征集2026年民生实事项目建议的公告",
        "关于2025年度行政许可事项清单调整的公示",
        "关于开展农村自建房安全隐患排查的通知",
        "关于公布第一批县级非物质文化遗产代表性项目名录的通知",
        "关于调整城区部分公交线路的公告",
    ),
    "policy": (
        "县人民政府关于印发2026年政府工作报告重点工作分工方案的通知",
        "县人民政府办公室关于进一步促进消费的若干措施",
        "关于印发《县级储备粮管理办法》的通知",
        "《关于支持民营经济高质量发展的若干措施》政策解读",
        "县人民政府关于加强耕地保护的实施意见",
        "关于印发《城乡居民最低生活保障实施细则》的通知",
        "一图读懂《县域商业体系建设实施方案》",
        "县人民政府办公室关于做好稳就业工作的通知",
        "关于印发《政府投资项目管理办法》的通知",
        "《农村生活垃圾分类实施方案》解读",
    ),
    "personnel": (
        "县人民政府关于张某某等同志职务任免的通知",
        "2026年度县直事业单位公开招聘工作人员公告",
        "县管干部任前公示",
        "关于李某某同志任职的通知",
        "2025年度公务员考录体检结果公示",
        "县人民政府关于王某某等同志免职的通知",
    ),
    "planning": (
        "县国民经济和社会发展第十五个五年规划纲要",
        "2026年县政府重点工作计划",
        "县国土空间总体规划（2021—2035年）",
        "县“十五五”交通运输发展规划",
        "2025年度县政府工作计划执行情况",
    ),
    "interaction": (
        "关于小区物业违规收费问题的咨询",
        "咨询灵活就业人员社保缴费事宜",
        "反映农贸市场周边道路拥堵问题",
        "关于孩子入学划片问题的咨询",
        "建议增设城区公共停车位",
        "关于老旧小区加装电梯补贴的咨询",
        "反映村道路灯损坏问题",
        "咨询新生儿医保办理流程",
    ),
    "other": (
        "2026年县级部门预算公开",
        "便民服务中心窗口调整公告",
        "开展“我为群众办实事”实践活动",
        "县融媒体中心专题：奋进新征程",
        "2025年度财政决算公开",
        "基层党组织标准化规范化建设",
        "新时代文明实践站活动掠影",
        "社区“网格化”服务管理经验交流",
    ),
}


def title(kind: str, index: int) -> str:
    pool = TITLES[kind]
    base = pool[index % len(pool)]
    return base if index < len(pool) else f"{base}（{index // len(pool) + 1}）"


# --- truth ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnTruth:
    name: str
    type: str
    newest: date | None  # None: no items
    empty: bool = False
    path: str | None = None  # the column's own list page on the site, if linked


@dataclass
class SiteTruth:
    slug: str
    what: str
    pages: dict[str, str | bytes]
    columns: tuple[ColumnTruth, ...]
    status: str
    passed: bool
    findings: frozenset[str]  # freshness codes an inspector would write down
    last_updated: date | None
    stale_columns: frozenset[str] = frozenset()  # names in the column_stale finding
    empty_columns: frozenset[str] = frozenset()  # names in the column_empty finding
    navigation: bool = False  # a portal of portals: judged on its second-level pages
    debatable: str = ""

    @property
    def home(self) -> str | bytes:
        return self.pages["/"]


@dataclass
class Column:
    """A column as a site builder lays it out: its items (title, date, url)."""

    name: str
    type: str
    ages: Sequence[int | None]  # days before NOW; None: an item printed without a date
    path: str
    url: Callable[[int, date | None], str]
    kind: str = ""  # title pool, defaults to type
    extra: int = 10  # older items on the column's own page
    empty_marker: str = "暂无信息"
    future: Sequence[date] = ()  # items printed with a date after today
    items_home: list[tuple[str, date | None, str]] = field(default_factory=list)
    items_page: list[tuple[str, date | None, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        pool = self.kind or (self.type if self.type in TITLES else "other")
        rows: list[tuple[str, date | None, str]] = []
        for day in self.future:
            rows.append((f"关于{cjk_loose(day)}起实施新规的公告", day, self.url(len(rows), day)))
        for age in self.ages:
            day = ago(age) if age is not None else None
            rows.append((title(pool, len(rows)), day, self.url(len(rows), day)))
        self.items_home = rows
        if rows:
            last = max((a for a in self.ages if a is not None), default=0)
            for i in range(self.extra):
                day = ago(last + 6 * (i + 1))
                rows = [*rows, (title(pool, len(rows)), day, self.url(len(rows), day))]
        self.items_page = rows

    def truth(self) -> ColumnTruth:
        dated = [ago(a) for a in self.ages if a is not None]
        return ColumnTruth(
            self.name, self.type, max(dated, default=None), empty=not self.ages, path=self.path
        )


def hanweb_url(colid: int) -> Callable[[int, date | None], str]:
    def url(n: int, d: date | None) -> str:
        d = d or ago(30)
        return f"/art/{d.year}/{d.month}/{d.day}/art_{colid}_{90211 - 37 * n - colid}.html"

    return url


def trs_url(folder: str) -> Callable[[int, date | None], str]:
    def url(n: int, d: date | None) -> str:
        d = d or ago(30)
        return f"{folder}{d:%Y%m}/t{d:%Y%m%d}_{4567890 - 13 * n}.html"

    return url


def plain_url(folder: str) -> Callable[[int, date | None], str]:
    def url(n: int, d: date | None) -> str:
        return f"{folder}{2000 + 17 * n + len(folder)}.html"

    return url


def dated_url(folder: str) -> Callable[[int, date | None], str]:
    def url(n: int, d: date | None) -> str:
        d = d or ago(30)
        return f"{folder}{d:%Y}/{d:%m%d}/c{31000 - n}.html"

    return url


# --- shared chrome ---------------------------------------------------------------------------


def head(title_text: str, charset: str = "utf-8", extra: str = "") -> str:
    if charset == "utf-8":
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
    elif charset == "gb2312-short":
        meta = '<meta charset="gb2312">'
    else:
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />'
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
        f"{meta}\n<title>{title_text}</title>\n"
        '<meta name="keywords" content="政务公开,政务服务,互动交流" />\n'
        f'<meta name="description" content="{title_text}门户网站" />\n'
        '<link href="/images/css/index.css" rel="stylesheet" type="text/css" />\n'
        '<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>\n'
        f"{extra}</head>\n"
    )


def js_clock() -> str:
    """A top bar clock written by script (the server's date inside the script)."""
    return (
        '<span id="nowtime"></span><script type="text/javascript">\n'
        'var serverDate = "' + iso(TODAY) + ' 10:30:00";\n'
        "var d = new Date(serverDate.replace(/-/g, '/'));\n"
        'var week = ["日","一","二","三","四","五","六"];\n'
        'document.getElementById("nowtime").innerHTML = "今天是：" + d.getFullYear() + "年"'
        ' + (d.getMonth()+1) + "月" + d.getDate() + "日 星期" + week[d.getDay()];\n'
        "</script>"
    )


def weather() -> str:
    return (
        '<div class="weather"><iframe allowtransparency="true" frameborder="0" width="180"'
        ' height="36" scrolling="no" src="//tianqi.2345.com/plugin/widget/index.htm?s=3&z=2'
        "&t=0&v=0&d=3&bd=0&k=&f=&ltf=009944&htf=cc0000&q=1&e=1&a=1&c=54511&w=180&h=36"
        '&align=center"></iframe>'
        f"<span>{cjk_md(TODAY)} 多云 9℃~18℃ 东南风2级</span></div>"
    )


def toolbar() -> str:
    return (
        '<div class="toolbar"><a href="javascript:void(0)" onclick="aria.start()">无障碍</a>'
        ' | <a href="/sitemap/">网站地图</a> | <a href="javascript:void(0)" id="StranLink">繁體</a>'
        ' | <a href="/col/col1/index.html?mode=old">长者模式</a></div>'
    )


def footer(org: str, icp: str, code: str, *, since: int = 2005) -> str:
    return f"""<div class="footer"><div class="w1200">
<p><a href="/about/">关于我们</a> | <a href="/sitemap/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sm/">使用帮助</a></p>
<p>主办单位：{org}办公室 &nbsp; 承办单位：{org}大数据中心 &nbsp; 联系电话：0551-12345678</p>
<p>版权所有 &copy; {since}-{TODAY.year} {org} &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a></p>
<p><img src="/images/ga.png" alt="" /> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=34172302000123">皖公网安备 34172302000123号</a> &nbsp; 网站标识码：{code}</p>
<p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=0A1B2C3D"><img src="/images/dzjg.png" alt="党政机关" /></a></span>
<script id="_jiucuo_" sitecode="{code}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>
<p>您是本站第 <span class="count">12,345,678</span> 位访客（自2015年1月1日起统计） 建议使用1366×768分辨率</p>
</div></div>
<script type="text/javascript">
var _hmt = _hmt || []; var siteUpdate = "{iso(TODAY)}"; /* 统计代码 {iso(TODAY)} */
</script>
"""


def friend_links() -> str:
    return """<div class="yqlj"><span>友情链接：</span>
<select onchange="if(this.value!='')window.open(this.value)"><option value="">--国家部委网站--</option>
<option value="http://www.gov.cn/">中国政府网</option><option value="http://www.ndrc.gov.cn/">国家发展改革委</option>
<option value="http://www.moe.gov.cn/">教育部</option></select>
<select onchange="if(this.value!='')window.open(this.value)"><option value="">--省市政府网站--</option>
<option value="http://www.ah.gov.cn/">安徽省人民政府</option></select></div>
"""


def nav(links: Sequence[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{href}">{text}</a></li>' for text, href in links)
    return f'<div class="nav"><ul><li class="on"><a href="/">首页</a></li>{items}</ul></div>'


def slider(items: Sequence[tuple[str, date, str]]) -> str:
    """图片新闻: a picture slider whose captions carry the date."""
    slides = "".join(
        f'<li><a href="{url}" target="_blank"><img src="/picture/0/{i}.jpg" alt="{t}" />'
        f'</a><p><a href="{url}">{t}（{iso(d)}）</a></p></li>'
        for i, (t, d, url) in enumerate(items)
    )
    return (
        '<div class="focus" id="focus"><ul class="pic">' + slides + "</ul>"
        '<div class="btn"><span class="on">1</span><span>2</span><span>3</span></div></div>'
    )


def leaders() -> str:
    return """<div class="ldzc"><div class="title"><span>领导之窗</span></div><ul>
<li><a href="/col/col3410/index.html"><img src="/images/ld1.jpg" alt="县委书记" /><p>县委书记</p></a></li>
<li><a href="/col/col3411/index.html"><img src="/images/ld2.jpg" alt="县长" /><p>县长</p></a></li>
</ul></div>"""


def topics() -> str:
    return """<div class="ztzl"><div class="title"><span>专题专栏</span></div><ul>
<li><a href="/ztzl/xxgcddesdjs/"><img src="/images/zt1.jpg" alt="学习宣传贯彻党的二十届四中全会精神" /></a></li>
<li><a href="/ztzl/yhyshj/"><img src="/images/zt2.jpg" alt="优化营商环境" /></a></li>
<li><a href="/ztzl/qczz/"><img src="/images/zt3.jpg" alt="清廉建设" /></a></li>
</ul></div>"""


def service_icons() -> str:
    return """<div class="bsfw"><a href="https://www.ahzwfw.gov.cn/"><img src="/images/ico1.png" alt="" />个人办事</a>
<a href="https://www.ahzwfw.gov.cn/fr/"><img src="/images/ico2.png" alt="" />法人办事</a>
<a href="/col/col3420/index.html"><img src="/images/ico3.png" alt="" />政府信息公开</a>
<a href="/col/col3421/index.html"><img src="/images/ico4.png" alt="" />依申请公开</a></div>"""


def list_page(
    site: str,
    column: Column,
    body: str,
    *,
    charset: str = "utf-8",
    menu: Sequence[tuple[str, str]] = (),
    pager: str = "",
) -> str:
    """A column's own list page: the site's header, a breadcrumb, a side menu, the list."""
    side = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in menu)
    return (
        head(f"{column.name}_{site}", charset)
        + '<body><div class="top">'
        + js_clock()
        + toolbar()
        + "</div>"
        + nav([("政务公开", "/zwgk/"), ("政务服务", "/zwfw/"), ("互动交流", "/hdjl/")])
        + '<div class="main w1200"><div class="location">当前位置：<a href="/">首页</a> &gt; '
        f'<a href="{column.path}">{column.name}</a></div>'
        f'<div class="left"><div class="lm-title">{column.name}</div><ul class="submenu">{side}</ul></div>'
        f'<div class="right"><div class="lm-name"><span>{column.name}</span></div>{body}{pager}</div></div>'
        + footer(site, "皖ICP备05001234号-1", "3417230001")
        + "</body></html>"
    )


def ul_rows(rows: Sequence[tuple[str, date | None, str]], fmt: Callable[[date], str]) -> str:
    return "".join(
        f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><span>{fmt(d) if d else ""}</span></li>'
        for t, d, u in rows
    )


def trs_pager(pages: int = 6) -> str:
    return (
        '<div class="page"><script type="text/javascript">\n'
        f"var currentPage = 0; var countPage = {pages};\n"
        'createPageHTML(countPage, currentPage, "index", "html");\n</script></div>'
    )


def table_pager() -> str:
    return (
        '<div class="pagination">共 86 条 第 1/5 页 <a href="#">首页</a> <a href="#">上一页</a>'
        ' <a href="index_2.html">下一页</a> <a href="index_5.html">尾页</a></div>'
    )


def empty_page(site: str, column: Column, *, charset: str = "utf-8") -> str:
    marker = column.empty_marker
    body = f'<ul class="list"></ul><div class="nodata">{marker}</div>' if marker else "<ul></ul>"
    return list_page(site, column, body, charset=charset)


def encode(page: str, charset: str) -> str | bytes:
    return page if charset == "utf-8" else page.encode("gbk")


# --- the sites ----------------------------------------------------------------------------


def hanweb_county() -> SiteTruth:
    """大汉 jcms county portal, healthy: title/more bars, date-before-title notices,
    a table of policies, a date inside the link, a datastore list page, a mailbox."""
    site = "青阳县人民政府"
    cols = [
        Column(
            "政务要闻", "news", (1, 1, 2, 3, 5, 6, 8), "/col/col3402/index.html", hanweb_url(3402)
        ),
        Column("部门动态", "news", (0, 2, 4, 7, 9), "/col/col3403/index.html", hanweb_url(3403)),
        Column("乡镇动态", "news", (1, 3, 4, 6), "/col/col3404/index.html", hanweb_url(3404)),
        Column(
            "通知公告", "notice", (2, 9, 15, 23, 40), "/col/col3405/index.html", hanweb_url(3405)
        ),
        Column(
            "政策文件", "policy", (18, 47, 80, 121), "/col/col3406/index.html", hanweb_url(3406)
        ),
        Column("政策解读", "policy", (20, 48, 82), "/col/col3407/index.html", hanweb_url(3407)),
        Column(
            "人事信息", "personnel", (62, 150, 300), "/col/col3408/index.html", hanweb_url(3408)
        ),
        Column("规划计划", "planning", (74, 330), "/col/col3409/index.html", hanweb_url(3409)),
    ]
    news, dept, town, notice, policy, reading, personnel, planning = cols

    def box(col: Column, body: str, more: str = "更多&gt;&gt;") -> str:
        return (
            f'<div class="box"><div class="title"><span>{col.name}</span>'
            f'<a class="more" href="{col.path}" target="_blank">{more}</a></div>'
            f'<div class="con">{body}</div></div>'
        )

    notice_rows = "".join(
        f'<li><span class="date">{bracket_md(d)}</span><a href="{u}" title="{t}" target="_blank">{t}</a></li>'
        for t, d, u in notice.items_home
        if d
    )
    policy_rows = "".join(
        f'<tr><td class="bt"><img src="/images/dot.gif" /> <a href="{u}" target="_blank">{t}</a></td>'
        f'<td width="90" align="right">{iso(d)}</td></tr>'
        for t, d, u in policy.items_home
        if d
    )
    reading_rows = "".join(
        f'<li><a href="{u}" target="_blank">{t} <font color="#999">({iso(d)})</font></a></li>'
        for t, d, u in reading.items_home
        if d
    )
    messages = [
        ("关于小区物业违规收费问题的咨询", 1, "已回复"),
        ("咨询灵活就业人员社保缴费事宜", 3, "办理中"),
        ("反映农贸市场周边道路拥堵问题", 6, "已回复"),
        ("关于孩子入学划片问题的咨询", 12, "已回复"),
        ("建议增设城区公共停车位", 45, "已办结"),
    ]
    mailbox = "".join(
        f'<tr><td><a href="/module/xxgk/xjxx.jsp?id={900 + i}" target="_blank">{t}</a></td>'
        f'<td width="70">{state}</td><td width="90">{iso(ago(a))}</td></tr>'
        for i, (t, a, state) in enumerate(messages)
    )
    home = (
        head(
            site,
            extra='<meta name="SiteName" content="青阳县人民政府" />\n'
            '<meta name="SiteDomain" content="www.qingyang.gov.cn" />\n'
            '<meta name="SiteIDCode" content="3417230001" />\n<meta name="ColumnName" content="首页" />\n',
        )
        + '<body><div class="top"><div class="w1200">'
        + js_clock()
        + weather()
        + toolbar()
        + '</div></div><div class="banner"><img src="/images/logo.png" alt="青阳县人民政府" /></div>'
        + nav(
            [
                ("走进青阳", "/col/col3400/index.html"),
                ("政务公开", "/col/col3420/index.html"),
                ("政务服务", "https://www.ahzwfw.gov.cn/"),
                ("政民互动", "/col/col3430/index.html"),
                ("专题专栏", "/col/col3440/index.html"),
            ]
        )
        + '<div class="main w1200"><div class="row1">'
        + slider([(t, d, u) for t, d, u in news.items_home[:3] if d])
        + box(news, "<ul>" + ul_rows(news.items_home, iso) + "</ul>")
        + '</div><div class="row2">'
        + box(dept, "<ul>" + ul_rows(dept.items_home, md) + "</ul>")
        + box(town, "<ul>" + ul_rows(town.items_home, md) + "</ul>")
        + box(notice, f"<ul>{notice_rows}</ul>")
        + "</div>"
        + topics()
        + '<div class="row3">'
        + box(
            policy,
            f'<table width="100%" border="0" cellspacing="0" cellpadding="0">{policy_rows}</table>',
        )
        + box(reading, f"<ul>{reading_rows}</ul>")
        + box(personnel, "<ul>" + ul_rows(personnel.items_home, cjk) + "</ul>")
        + box(planning, "<ul>" + ul_rows(planning.items_home, cjk) + "</ul>")
        + '</div><div class="row4"><div class="box"><div class="title"><span>网上咨询</span>'
        '<a class="more" href="/col/col3431/index.html">更多&gt;&gt;</a></div>'
        '<table class="msg"><tr class="th"><td>标题</td><td>状态</td><td>日期</td></tr>'
        + mailbox
        + "</table></div>"
        + leaders()
        + "</div>"
        + service_icons()
        + friend_links()
        + "</div>"
        + footer(site, "皖ICP备05001234号-1", "3417230001")
        + "</body></html>"
    )

    def datastore(col: Column) -> str:
        records = "".join(
            f'<record><![CDATA[\n<li><a href="{u}" title="{t}" target="_blank">{t}</a>'
            f"<span>{iso(d) if d else ''}</span></li>\n]]></record>"
            for t, d, u in col.items_page
        )
        colid = col.path.split("col")[-1].split("/")[0]
        return (
            f'<div id="{colid}"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="'
            f"/module/web/jpage/dataproxy.jsp?page=1&webid=12&path=/&columnid={colid}&unitid=56789"
            '&webname=%E9%9D%92%E9%98%B3&permissiontype=0"></a>]]></nextgroup><recordset>'
            f"{records}</recordset></datastore></script></div>"
            '<script language="javascript" src="/module/jslib/jquery/jpage/dataproxy.js"></script>'
        )

    menu = [(c.name, c.path) for c in cols]
    pages: dict[str, str | bytes] = {"/": home}
    for col in cols:
        pages[col.path] = list_page(site, col, datastore(col), menu=menu)
    truths = (
        *tuple(c.truth() for c in cols),
        ColumnTruth("网上咨询", "interaction", ago(1), path="/col/col3431/index.html"),
    )
    return SiteTruth(
        "hanweb-county",
        "Hanweb county portal, everything fresh",
        pages,
        truths,
        "healthy",
        True,
        frozenset(),
        ago(0),
    )


def trs_city_gbk() -> SiteTruth:
    """TRS WCM city portal in GBK: hd/bd blocks, more.gif with and without alt, TRS
    article URLs; one news column (部门动态) stale, one 其他 column with 暂无数据."""
    site = "云溪市人民政府"
    cols = [
        Column("工作动态", "news", (0, 1, 1, 2, 4, 5), "./zwdt/gzdt/", trs_url("./zwdt/gzdt/")),
        Column("部门动态", "news", (25, 31, 40, 52), "./zwdt/bmdt/", trs_url("./zwdt/bmdt/")),
        Column("县区动态", "news", (2, 3, 6, 9), "./zwdt/xqdt/", trs_url("./zwdt/xqdt/")),
        Column("通知公告", "notice", (3, 10, 26, 33, 60), "./zwgk/tzgg/", trs_url("./zwgk/tzgg/")),
        Column("政策解读", "policy", (12, 33, 70), "./zwgk/zcjd/", trs_url("./zwgk/zcjd/")),
        Column(
            "财政资金",
            "finance",
            (),
            "./zwgk/czzj/",
            trs_url("./zwgk/czzj/"),
            empty_marker="暂无数据",
        ),
    ]
    gzdt, bmdt, xqdt, tzgg, zcjd, czzj = cols

    def block(col: Column, more: str, rows: str) -> str:
        return (
            f'<div class="mod"><div class="hd"><h3>{col.name}</h3>{more}</div>'
            f'<div class="bd"><ul class="list">{rows}</ul></div></div>'
        )

    def dated(
        rows: Sequence[tuple[str, date | None, str]], fmt: Callable[[date], str], tag: str
    ) -> str:
        return "".join(
            f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><{tag} class="date">{fmt(d) if d else ""}</{tag}></li>'
            for t, d, u in rows
        )

    home = (
        head(site, "gb2312")
        + '<body><div class="topbar"><div class="wrap"><span class="time">'
        + clock()
        + "</span>"
        + toolbar()
        + "</div></div>"
        + '<div class="head"><a href="./"><img src="./images/logo.png" alt="云溪市人民政府" /></a>'
        '<form class="search" action="/search/" method="get"><input name="q" /><button>搜索</button></form></div>'
        + nav(
            [
                ("政务公开", "./zwgk/"),
                ("政务服务", "./zwfw/"),
                ("政民互动", "./zmhd/"),
                ("走进云溪", "./zjyx/"),
            ]
        )
        + '<div class="wrap"><div class="col-l">'
        + slider([(t, d, u) for t, d, u in gzdt.items_home[:3] if d])
        + block(
            gzdt,
            f'<a class="more" href="{gzdt.path}"><img src="./images/more.gif" alt="更多" /></a>',
            dated(gzdt.items_home, iso, "span"),
        )
        + block(
            bmdt,
            f'<a class="more" href="{bmdt.path}"><img src="./images/more.gif" /></a>',
            dated(bmdt.items_home, iso, "span"),
        )
        + block(
            xqdt,
            f'<a class="more" href="{xqdt.path}">more+</a>',
            dated(xqdt.items_home, iso, "span"),
        )
        + '</div><div class="col-r">'
        + block(
            tzgg, f'<a class="more" href="{tzgg.path}">更多</a>', dated(tzgg.items_home, iso, "em")
        )
        + block(
            zcjd, f'<a class="more" href="{zcjd.path}">更多</a>', dated(zcjd.items_home, iso, "em")
        )
        + f'<div class="mod"><div class="hd"><h3>财政资金</h3><a class="more" href="{czzj.path}">更多</a></div>'
        '<div class="bd"><p class="nodata">暂无数据</p></div></div>'
        + "</div>"
        + topics()
        + friend_links()
        + "</div>"
        + footer(site, "苏ICP备10012345号", "3208000001")
        + "</body></html>"
    )
    menu = [(c.name, c.path) for c in cols]
    pages: dict[str, str | bytes] = {"/": encode(home, "gbk")}
    for col in cols:
        path = col.path.lstrip(".")
        if col.items_page:
            body = f'<ul class="list">{dated(col.items_page, iso, "span")}</ul>'
            page = list_page(site, col, body, charset="gb2312", menu=menu, pager=trs_pager())
        else:
            page = empty_page(site, col, charset="gb2312")
        pages[path] = encode(page, "gbk")
    truths = tuple(
        ColumnTruth(c.name, c.type, c.truth().newest, c.truth().empty, c.path.lstrip("."))
        for c in cols
    )
    return SiteTruth(
        "trs-city-gbk",
        "TRS city portal (GBK), one stale news column, one empty 其他 column",
        pages,
        truths,
        "stale",
        True,
        frozenset({"column_stale", "column_empty"}),
        ago(0),
        stale_columns=frozenset({"部门动态"}),
        empty_columns=frozenset({"财政资金"}),
    )


def tabbed_district() -> SiteTruth:
    """Tab strips whose lists sit in sibling divs switched by JS, <em>/[mm-dd] dates,
    a year-less [12-28] that belongs to last year; healthy."""
    site = "东湖区人民政府"
    cols = [
        Column("政务要闻", "news", (0, 1, 2, 4, 6), "/zwyw/", dated_url("/zwyw/")),
        Column("部门动态", "news", (3, 5, 8), "/bmdt/", dated_url("/bmdt/")),
        Column("街镇动态", "news", (2, 4, 11), "/jzdt/", dated_url("/jzdt/")),
        Column("通知公告", "notice", (4, 12, 30), "/tzgg/", dated_url("/tzgg/")),
        Column("公示公告", "notice", (6, 19, 44), "/gsgg/", dated_url("/gsgg/")),
        Column("规范性文件", "policy", (80, 95, 130), "/gfxwj/", dated_url("/gfxwj/")),
    ]

    def tabs(
        group: str, members: Sequence[Column], fmt: Callable[[date], str], before: bool
    ) -> str:
        on = ' class="on"'
        labels = "".join(
            f'<li id="{group}{i + 1}" onmouseover="setTab(&#39;{group}&#39;,{i + 1},{len(members)})"'
            f"{on if i == 0 else ''}>{c.name}</li>"
            for i, c in enumerate(members)
        )
        bodies = []
        for i, col in enumerate(members):
            if before:
                rows = "".join(
                    f'<li><span>{fmt(d) if d else ""}</span><a href="{u}" target="_blank">{t}</a></li>'
                    for t, d, u in col.items_home
                )
            else:
                rows = "".join(
                    f'<li><a href="{u}" target="_blank">{t}</a><em>{fmt(d) if d else ""}</em></li>'
                    for t, d, u in col.items_home
                )
            style = "" if i == 0 else ' style="display:none"'
            bodies.append(f'<div id="con_{group}_{i + 1}"{style}><ul>{rows}</ul></div>')
        return (
            f'<div class="tabbox"><div class="tab-hd"><ul>{labels}</ul>'
            f'<a class="more" id="more_{group}" href="{members[0].path}">更多</a></div>'
            f'<div class="tab-bd">{"".join(bodies)}</div></div>'
        )

    home = (
        head(site)
        + '<body><div class="header"><div class="date">'
        + clock()
        + "</div>"
        + weather()
        + '<img src="/images/logo.png" alt="东湖区人民政府" /></div>'
        + nav([("信息公开", "/xxgk/"), ("政务服务", "/zwfw/"), ("互动交流", "/hdjl/")])
        + '<div class="content">'
        + slider([(title("news", 0), ago(0), "/zwyw/2026/0318/c31000.html")])
        + tabs("xw", cols[:3], md, before=False)
        + tabs("gg", cols[3:], bracket_md, before=True)
        + "</div>"
        + leaders()
        + topics()
        + """<script type="text/javascript">
function setTab(name,cursel,n){for(var i=1;i<=n;i++){var menu=document.getElementById(name+i);
var con=document.getElementById("con_"+name+"_"+i);menu.className=i==cursel?"on":"";
con.style.display=i==cursel?"block":"none";}}
</script>"""
        + footer(site, "京ICP备05012345号", "1101050001")
        + "</body></html>"
    )
    menu = [(c.name, c.path) for c in cols]
    pages: dict[str, str | bytes] = {"/": home}
    for col in cols:
        body = '<ul class="list">' + ul_rows(col.items_page, iso) + "</ul>"
        pages[col.path] = list_page(site, col, body, menu=menu, pager=table_pager())
    truths = tuple(c.truth() for c in cols)
    return SiteTruth(
        "tabbed-district",
        "tab strips over sibling divs, year-less dates",
        pages,
        truths,
        "healthy",
        True,
        frozenset(),
        ago(0),
    )


def township_stale() -> SiteTruth:
    """乡镇 site: <dl><dt>/<dd> lists, an image heading, item cards with <p class=time>,
    dotted dates, ＋ and more+ links. Nothing new for 20 days."""
    site = "柳河镇人民政府"
    cols = [
        Column("镇务动态", "news", (20, 22, 27, 33, 41), "/zwdt/", dated_url("/zwdt/")),
        Column("通知公告", "notice", (34, 50, 77), "/tzgg/", plain_url("/tzgg/")),
        Column("村务公开", "other", (21, 60, 90), "/cwgk/", plain_url("/cwgk/")),
        Column("党建工作", "other", (25, 39), "/djgz/", plain_url("/djgz/"), kind="other"),
    ]
    zwdt, tzgg, cwgk, djgz = cols
    dd = "".join(
        f'<dd><a href="{u}" target="_blank">{t}</a><span>{dotted(d)}</span></dd>'
        for t, d, u in zwdt.items_home
        if d
    )
    cards = "".join(
        f'<div class="item"><a href="{u}" target="_blank"><h4>{t}</h4></a><p class="time">{cjk_loose(d)}</p></div>'
        for t, d, u in tzgg.items_home
        if d
    )
    village = "".join(
        f'<dd><a href="{u}">{t}</a><span>{dotted(d)}</span></dd>'
        for t, d, u in cwgk.items_home
        if d
    )
    party = "".join(
        f'<li><a href="{u}">{t}</a><span>{cjk_md(d)}</span></li>'
        for t, d, u in djgz.items_home
        if d
    )
    home = (
        head(site)
        + '<body><div class="top"><span>'
        + clock()
        + "</span>"
        + toolbar()
        + "</div>"
        + '<div class="logo"><img src="/images/logo.jpg" alt="柳河镇人民政府" /></div>'
        + nav([("镇情概况", "/zqgk/"), ("政务公开", "/zwgk/"), ("便民服务", "/bmfw/")])
        + '<div class="main"><div class="left">'
        f'<dl class="news"><dt><img src="/images/zwdt.png" alt="镇务动态" /><a href="/zwdt/" class="more">more+</a></dt>{dd}</dl>'
        '</div><div class="right">'
        f'<div class="tzgg"><div class="hd"><h2>通知公告</h2><a href="/tzgg/">＋</a></div><div class="bd">{cards}</div></div>'
        "</div>"
        f'<dl class="cw"><dt><a href="/cwgk/">村务公开</a></dt>{village}</dl>'
        f'<div class="dj"><h2>党建工作</h2><ul>{party}</ul><a href="/djgz/"><img src="/images/more.gif" alt="更多" /></a></div>'
        + "</div>"
        + footer(site, "皖ICP备16005678号", "3417230105", since=2016)
        + "</body></html>"
    )
    pages: dict[str, str | bytes] = {"/": home}
    for col in cols:
        body = "<ul>" + ul_rows(col.items_page, dotted) + "</ul>"
        pages[col.path] = list_page(site, col, body, pager=table_pager())
    return SiteTruth(
        "township-stale",
        "乡镇 dl/card layout, homepage stale (20 days)",
        pages,
        tuple(c.truth() for c in cols),
        "stale",
        False,
        frozenset({"homepage_stale", "column_stale"}),
        ago(20),
        stale_columns=frozenset({"镇务动态"}),
    )


def education_empty() -> SiteTruth:
    """教育局 department site: five columns with no items (暂无信息, 暂无数据, an empty
    list, 暂无相关信息) on the homepage and on their own pages."""
    site = "云溪市教育局"
    cols = [
        Column("教育动态", "news", (1, 2, 5, 7), "/jydt/", dated_url("/jydt/")),
        Column("招生考试", "other", (4, 16), "/zsks/", dated_url("/zsks/")),
        Column("通知公告", "notice", (), "/tzgg/", dated_url("/tzgg/")),
        Column("政策文件", "policy", (), "/zcwj/", dated_url("/zcwj/"), empty_marker="暂无数据"),
        Column("人事信息", "personnel", (), "/rsxx/", dated_url("/rsxx/"), empty_marker=""),
        Column(
            "规划计划", "planning", (), "/ghjh/", dated_url("/ghjh/"), empty_marker="暂无相关信息"
        ),
        Column("财政信息", "finance", (), "/czxx/", dated_url("/czxx/")),
    ]

    def box(col: Column) -> str:
        if col.items_home:
            inner = "<ul>" + ul_rows(col.items_home, iso) + "</ul>"
        elif col.empty_marker:
            inner = f'<ul><li class="nodata">{col.empty_marker}</li></ul>'
        else:
            inner = "<ul></ul>"
        return (
            f'<div class="box"><div class="title"><span>{col.name}</span>'
            f'<a class="more" href="{col.path}">更多&gt;&gt;</a></div>{inner}</div>'
        )

    home = (
        head(site)
        + '<body><div class="top">'
        + js_clock()
        + toolbar()
        + "</div>"
        + nav([("机构概况", "/jggk/"), ("信息公开", "/xxgk/"), ("办事服务", "/bsfw/")])
        + '<div class="main">'
        + "".join(box(c) for c in cols)
        + "</div>"
        + footer(site, "苏ICP备12034567号", "3208000012")
        + "</body></html>"
    )
    pages: dict[str, str | bytes] = {"/": home}
    for col in cols:
        if col.items_page:
            pages[col.path] = list_page(site, col, "<ul>" + ul_rows(col.items_page, iso) + "</ul>")
        else:
            pages[col.path] = empty_page(site, col)
    empties = frozenset(c.name for c in cols if not c.ages)
    return SiteTruth(
        "education-empty",
        "教育局 with 5 empty columns",
        pages,
        tuple(c.truth() for c in cols),
        "stale",
        False,
        frozenset({"column_empty"}),
        ago(1),
        empty_columns=empties,
    )


def zombie_fgw_gbk() -> SiteTruth:
    """发改委 department site in GBK (<meta charset=gb2312>): nothing newer than 400 days,
    while the clock, footer and scripts show today."""
    site = "云溪市发展和改革委员会"
    cols = [
        Column("工作动态", "news", (402, 410, 433, 470), "/gzdt/", trs_url("/gzdt/")),
        Column("通知公告", "notice", (415, 480, 530), "/tzgg/", trs_url("/tzgg/")),
        Column("政策法规", "policy", (440, 600), "/zcfg/", trs_url("/zcfg/")),
        Column("发展规划", "planning", (700, 900), "/fzgh/", trs_url("/fzgh/")),
        Column("价格监测", "other", (405, 412), "/jgjc/", trs_url("/jgjc/")),
    ]

    def box(col: Column) -> str:
        rows = "".join(
            f'<tr><td><a href="{u}" target="_blank">{t}</a></td><td class="date">{cjk(d)}</td></tr>'
            for t, d, u in col.items_home
            if d
        )
        return (
            '<table class="box" width="100%"><tr class="lm"><td><b>' + col.name + "</b></td>"
            f'<td align="right"><a href="{col.path}">更多&gt;&gt;</a></td></tr>{rows}</table>'
        )

    home = (
        head(site, "gb2312-short")
        + '<body><div class="top">'
        + clock()
        + " "
        + weather()
        + "</div>"
        + nav([("机构设置", "/jgsz/"), ("信息公开", "/xxgk/")])
        + "".join(box(c) for c in cols)
        + f'<script>var today = "{iso(TODAY)}"; document.write("更新于" + today);</script>'
        + footer(site, "苏ICP备09008765号", "3208000021")
        + "</body></html>"
    )
    pages: dict[str, str | bytes] = {"/": encode(home, "gbk")}
    for col in cols:
        body = "<ul>" + ul_rows(col.items_page, cjk) + "</ul>"
        pages[col.path] = encode(
            list_page(site, col, body, charset="gb2312", pager=trs_pager()), "gbk"
        )
    return SiteTruth(
        "zombie-fgw-gbk",
        "发改委 (GBK) untouched for 400 days",
        pages,
        tuple(c.truth() for c in cols),
        "zombie",
        False,
        frozenset({"homepage_stale", "column_stale", "abandoned"}),
        ago(402),
        stale_columns=frozenset({"工作动态", "通知公告", "政策法规", "发展规划"}),
    )


NAV_SECTIONS = (("新闻中心", "/xwzx/"), ("政务公开", "/zwgk/"), ("互动交流", "/hdjl/"))


def navigation_portal() -> SiteTruth:
    """集约化平台 entry page: only big links to its second-level pages and to
    department sites; the columns live on the second-level pages."""
    site = "云溪市人民政府门户网站"
    news = Column("要闻动态", "news", (1, 2, 3, 6), "/xwzx/", dated_url("/xwzx/ywdt/"))
    dept = Column("部门动态", "news", (2, 4, 9), "/xwzx/", dated_url("/xwzx/bmdt/"))
    notice = Column("通知公告", "notice", (5, 20, 41), "/zwgk/", dated_url("/zwgk/tzgg/"))
    policy = Column("政策文件", "policy", (33, 70), "/zwgk/", dated_url("/zwgk/zcwj/"))
    home = (
        head(site) + '<body class="index"><div class="top">' + js_clock() + toolbar() + "</div>"
        '<div class="logo"><img src="/images/logo.png" alt="云溪市人民政府门户网站" /></div>'
        '<div class="entries">'
        + "".join(
            f'<a class="entry" href="{href}"><img src="/images/e{i}.png" alt="{text}" /><span>{text}</span></a>'
            for i, (text, href) in enumerate(NAV_SECTIONS)
        )
        + '<a class="entry" href="https://www.jszwfw.gov.cn/yunxi/"><span>政务服务</span></a></div>'
        '<div class="depts"><h3>部门网站</h3><ul>'
        '<li><a href="http://jyj.yunxi.gov.cn/">市教育局</a></li><li><a href="http://fgw.yunxi.gov.cn/">市发展改革委</a></li>'
        '<li><a href="http://wjw.yunxi.gov.cn/">市卫生健康委</a></li><li><a href="http://gaj.yunxi.gov.cn/">市公安局</a></li>'
        '</ul><h3>县区网站</h3><ul><li><a href="http://www.qingyang.gov.cn/">青阳县</a></li>'
        '<li><a href="http://www.donghu.gov.cn/">东湖区</a></li></ul></div>'
        + footer(site, "苏ICP备05000001号", "3208000000")
        + "</body></html>"
    )

    def section(name: str, blocks: Sequence[Column]) -> str:
        inner = "".join(
            f'<div class="box"><div class="title"><span>{c.name}</span>'
            f'<a class="more" href="{c.url(0, None).rsplit("/", 3)[0]}/">更多</a></div>'
            "<ul>" + ul_rows(c.items_home, iso) + "</ul></div>"
            for c in blocks
        )
        return (
            head(f"{name}_{site}")
            + '<body><div class="top">'
            + js_clock()
            + "</div>"
            + nav(NAV_SECTIONS)
            + f'<div class="location">当前位置：<a href="/">首页</a> &gt; {name}</div>'
            + f'<div class="main">{inner}</div>'
            + footer(site, "苏ICP备05000001号", "3208000000")
            + "</body></html>"
        )

    messages = [
        ("咨询新生儿医保办理流程", 2, "已回复"),
        ("反映村道路灯损坏问题", 8, "已回复"),
        ("关于老旧小区加装电梯补贴的咨询", 30, "已回复"),
    ]
    mail_rows = "".join(
        f'<tr><td><a href="/hdjl/ldxx/{i}.html">{t}</a></td><td>{s}</td><td>{iso(ago(a))}</td></tr>'
        for i, (t, a, s) in enumerate(messages)
    )
    mailbox = (
        head(f"互动交流_{site}")
        + "<body>"
        + nav(NAV_SECTIONS)
        + '<div class="box"><div class="title"><span>市长信箱</span><a class="more" href="/hdjl/ldxx/">更多</a></div>'
        f"<table><tr><th>主题</th><th>状态</th><th>日期</th></tr>{mail_rows}</table></div>"
        + footer(site, "苏ICP备05000001号", "3208000000")
        + "</body></html>"
    )
    pages: dict[str, str | bytes] = {
        "/": home,
        "/xwzx/": section("新闻中心", [news, dept]),
        "/zwgk/": section("政务公开", [notice, policy]),
        "/hdjl/": mailbox,
    }
    # The footer's and the tool bar's own pages exist, as they do on real sites.
    static = {
        "/about/": (
            "关于我们",
            "<p>云溪市人民政府门户网站是市人民政府在互联网上发布政务信息、提供在线服务的综合平台。</p>",
        ),
        "/lxwm/": ("联系我们", "<p>地址：云溪市人民路1号 邮编：223800 电话：0527-12345678</p>"),
        "/sm/": ("使用帮助", "<p>本网站推荐使用Chrome、Edge等浏览器，分辨率1366×768以上。</p>"),
        "/sitemap/": (
            "网站地图",
            "<dl>"
            + "".join(
                f'<dt><a href="{h}">{t}</a></dt><dd><a href="{h}">{t}首页</a></dd>'
                for t, h in NAV_SECTIONS
            )
            + "</dl>",
        ),
    }
    for path, (name, body) in static.items():
        pages[path] = (
            head(f"{name}_{site}")
            + "<body>"
            + nav(NAV_SECTIONS)
            + f'<div class="location">当前位置：<a href="/">首页</a> &gt; {name}</div>'
            f'<div class="article"><h1>{name}</h1>{body}</div>'
            + footer(site, "苏ICP备05000001号", "3208000000")
            + "</body></html>"
        )
    # The section pages (新闻中心, 政务公开) show several columns each: those columns are
    # judged, each on its block there; the 互动交流 page shows one list, judged as a
    # column's page.
    truths = (
        *(
            ColumnTruth(c.name, c.type, ago(min(a for a in c.ages if a is not None)))
            for c in (news, dept, notice, policy)
        ),
        ColumnTruth("互动交流", "interaction", ago(2), path="/hdjl/"),
    )
    return SiteTruth(
        "navigation-portal",
        "portal of portals; columns on second-level pages",
        pages,
        truths,
        "healthy",
        True,
        frozenset(),
        ago(1),
        navigation=True,
    )


def chrome_dates_only() -> SiteTruth:
    """乡 site whose only dates of today are in the clock, weather, script and footer;
    its newest item is 75 days old, its policies 200 days."""
    site = "石门乡人民政府"
    cols = [
        Column("乡镇动态", "news", (75, 80, 96), "/xzdt/", plain_url("/xzdt/")),
        Column("通知公告", "notice", (120, 160), "/tzgg/", plain_url("/tzgg/")),
        Column("政策文件", "policy", (200, 260), "/zcwj/", plain_url("/zcwj/")),
    ]

    def box(col: Column, fmt: Callable[[date], str]) -> str:
        return (
            f'<div class="box"><h2>{col.name}</h2><a class="more" href="{col.path}">更多&gt;&gt;</a>'
            "<ul>" + ul_rows(col.items_home, fmt) + "</ul></div>"
        )

    home = (
        head(site)
        + '<body><div class="top"><span class="clock">今天是'
        + clock()
        + "</span>"
        + weather()
        + js_clock()
        + toolbar()
        + "</div>"
        + nav([("乡情概况", "/xqgk/"), ("政务公开", "/zwgk/")])
        + '<div class="main">'
        + box(cols[0], iso)
        + box(cols[1], slashed)
        + box(cols[2], cjk)
        + f'<div class="stat">今日访问量：1,024 &nbsp; 统计日期：{cjk_loose(TODAY)}</div></div>'
        + f'<script type="text/javascript">var nowDate = new Date("{slashed(TODAY)}");'
        f' var publishTime = "{iso(TODAY)} 08:00:00";</script>'
        + footer(site, "皖ICP备17001234号", "3417230120", since=2017)
        + "</body></html>"
    )
    pages: dict[str, str | bytes] = {"/": home}
    for col in cols:
        pages[col.path] = list_page(site, col, "<ul>" + ul_rows(col.items_page, iso) + "</ul>")
    return SiteTruth(
        "chrome-dates-only",
        "today only in clock/weather/script/footer; items 75+ days old",
        pages,
        tuple(c.truth() for c in cols),
        "stale",
        False,
        frozenset({"homepage_stale", "column_stale"}),
        ago(75),
        stale_columns=frozenset({"乡镇动态", "政策文件"}),
    )


def health_commission_future() -> SiteTruth:
    """卫健委 site: titles with effective dates (施行) and a notice printed with a date
    three weeks ahead; its real newest item is 30 days old."""
    site = "云溪市卫生健康委员会"
    cols = [
        Column("卫健动态", "news", (30, 33, 47), "/wjdt/", dated_url("/wjdt/")),
        Column("通知公告", "notice", (31, 60), "/tzgg/", dated_url("/tzgg/"), future=(ago(-21),)),
        Column("政策解读", "policy", (45, 90), "/zcjd/", dated_url("/zcjd/"), kind="policy"),
    ]
    _wjdt, _tzgg, zcjd = cols
    zcjd.items_home.insert(
        0,
        ("《云溪市医疗机构管理办法》自2026年6月1日起施行", ago(46), "/zcjd/2026/0131/c30999.html"),
    )
    zcjd.items_page.insert(0, zcjd.items_home[0])

    def box(col: Column) -> str:
        return (
            f'<div class="box"><div class="title"><span>{col.name}</span><a class="more" href="{col.path}">'
            '<img src="/images/more.gif" alt="" /></a></div><ul>'
            + ul_rows(col.items_home, cjk)
            + "</ul></div>"
        )

    home = (
        head(site)
        + '<body><div class="top">'
        + clock()
        + toolbar()
        + "</div>"
        + nav([("机构职能", "/jgzn/"), ("信息公开", "/xxgk/"), ("健康科普", "/jkkp/")])
        + '<div class="main">'
        + "".join(box(c) for c in cols)
        + "</div>"
        + footer(site, "苏ICP备06007654号", "3208000033")
        + "</body></html>"
    )
    pages: dict[str, str | bytes] = {"/": home}
    for col in cols:
        pages[col.path] = list_page(site, col, "<ul>" + ul_rows(col.items_page, cjk) + "</ul>")
    return SiteTruth(
        "health-future",
        "effective dates in titles and a future-dated notice",
        pages,
        tuple(c.truth() for c in cols),
        "stale",
        False,
        frozenset({"homepage_stale", "column_stale"}),
        ago(30),
        stale_columns=frozenset({"卫健动态"}),
    )


def street_mailbox() -> SiteTruth:
    """街道 site, fresh, whose 书记信箱 has a message left 未回复 for 120 days."""
    site = "溪口街道办事处"
    cols = [
        Column("街道动态", "news", (0, 2, 3, 7), "/jddt/", plain_url("/jddt/")),
        Column("公示公告", "notice", (6, 30), "/gsgg/", plain_url("/gsgg/")),
    ]
    messages = [
        ("反映村道路灯损坏问题", 2, "办理中"),
        ("关于小区物业违规收费问题的咨询", 10, "已回复"),
        ("关于老旧小区加装电梯补贴的咨询", 120, "未回复"),
        ("建议增设城区公共停车位", 150, "已回复"),
    ]
    rows = "".join(
        f'<li><a href="/sjxx/{700 + i}.html">{t}</a><span class="state">{s}</span><span>{iso(ago(a))}</span></li>'
        for i, (t, a, s) in enumerate(messages)
    )
    home = (
        head(site)
        + '<body><div class="top">'
        + js_clock()
        + "</div>"
        + nav([("街道概况", "/jdgk/"), ("社区服务", "/sqfw/")])
        + "".join(
            f'<div class="box"><div class="title"><span>{c.name}</span><a class="more" href="{c.path}">更多</a></div>'
            "<ul>" + ul_rows(c.items_home, iso) + "</ul></div>"
            for c in cols
        )
        + f'<div class="box"><div class="title"><span>书记信箱</span><a class="more" href="/sjxx/">更多</a></div><ul>{rows}</ul></div>'
        + footer(site, "京ICP备10020304号", "1101050210")
        + "</body></html>"
    )
    pages: dict[str, str | bytes] = {"/": home}
    for col in cols:
        pages[col.path] = list_page(site, col, "<ul>" + ul_rows(col.items_page, iso) + "</ul>")
    mail_col = Column("书记信箱", "interaction", (), "/sjxx/", plain_url("/sjxx/"))
    pages["/sjxx/"] = list_page(site, mail_col, f"<ul>{rows}</ul>")
    truths = (
        *(c.truth() for c in cols),
        ColumnTruth("书记信箱", "interaction", ago(2), path="/sjxx/"),
    )
    return SiteTruth(
        "street-mailbox",
        "街道 site with a message unanswered for 120 days",
        pages,
        truths,
        "healthy",
        False,
        frozenset({"unanswered_messages"}),
        ago(0),
    )


def party_gbk() -> SiteTruth:
    """党政机关 (市委组织部) site in GBK with http-equiv gb2312: full-width digits,
    2026/3/5 and year-less 3月15日 dates; healthy."""
    site = "中共云溪市委组织部"
    cols = [
        Column("工作动态", "news", (2, 3, 8, 12), "/gzdt/", trs_url("/gzdt/")),
        Column("通知公告", "notice", (13, 50), "/tzgg/", trs_url("/tzgg/")),
        Column("干部任免", "personnel", (9, 120), "/gbrm/", trs_url("/gbrm/"), kind="personnel"),
        Column("党内法规", "policy", (100, 170), "/dnfg/", trs_url("/dnfg/"), kind="policy"),
    ]
    _gzdt, _tzgg, _gbrm, _dnfg = cols
    fmts: dict[str, Callable[[date], str]] = {
        "工作动态": fullwidth,
        "通知公告": slashed,
        "干部任免": cjk_md,
        "党内法规": fullwidth,
    }
    home = (
        head(site, "gb2312")
        + '<body><div class="top">'
        + clock()
        + "</div>"
        + '<div class="banner"><img src="/images/dangwei.jpg" alt="中共云溪市委组织部" /></div>'
        + nav([("机构职能", "/jgzn/"), ("组工动态", "/gzdt/"), ("党员教育", "/dyjy/")])
        + "".join(
            f'<div class="lm"><div class="lm-hd"><span>{c.name}</span><a href="{c.path}" class="more">更多&gt;&gt;</a></div>'
            "<ul>" + ul_rows(c.items_home, fmts[c.name]) + "</ul></div>"
            for c in cols
        )
        + footer(site, "苏ICP备08001122号", "3208000044")
        + "</body></html>"
    )
    pages: dict[str, str | bytes] = {"/": encode(home, "gbk")}
    for col in cols:
        page = list_page(
            site, col, "<ul>" + ul_rows(col.items_page, slashed) + "</ul>", charset="gb2312"
        )
        pages[col.path] = encode(page, "gbk")
    return SiteTruth(
        "party-gbk",
        "党政机关 site (GBK), full-width and year-less dates",
        pages,
        tuple(c.truth() for c in cols),
        "healthy",
        True,
        frozenset(),
        ago(2),
    )


def street_many_stale() -> SiteTruth:
    """街道 site fresh only through its 便民服务 column; five key columns out of date."""
    site = "新桥街道办事处"
    cols = [
        Column("便民服务", "other", (3, 5, 9), "/bmfw/", plain_url("/bmfw/")),
        Column("街道动态", "news", (30, 36, 44), "/jddt/", plain_url("/jddt/")),
        Column("社区动态", "news", (25, 28, 50), "/sqdt/", plain_url("/sqdt/")),
        Column("通知公告", "notice", (200, 230), "/tzgg/", plain_url("/tzgg/")),
        Column("政策文件", "policy", (300, 330), "/zcwj/", plain_url("/zcwj/")),
        Column("政策解读", "policy", (190, 290), "/zcjd/", plain_url("/zcjd/")),
        Column("发展规划", "planning", (200,), "/fzgh/", plain_url("/fzgh/")),
    ]
    home = (
        head(site)
        + '<body><div class="top">'
        + clock()
        + weather()
        + "</div>"
        + nav([("街道概况", "/jdgk/"), ("党建引领", "/djyl/")])
        + "".join(
            f'<div class="box"><h2><a href="{c.path}">{c.name}</a></h2>'
            "<ul>"
            + ul_rows(c.items_home, cjk)
            + f'</ul><a class="more" href="{c.path}">更多&gt;&gt;</a></div>'
            for c in cols
        )
        + footer(site, "京ICP备10020305号", "1101050211")
        + "</body></html>"
    )
    pages: dict[str, str | bytes] = {"/": home}
    for col in cols:
        pages[col.path] = list_page(site, col, "<ul>" + ul_rows(col.items_page, iso) + "</ul>")
    return SiteTruth(
        "street-many-stale",
        "fresh homepage, five stale key columns",
        pages,
        tuple(c.truth() for c in cols),
        "stale",
        False,
        frozenset({"column_stale"}),
        ago(3),
        stale_columns=frozenset({"街道动态", "社区动态", "通知公告", "政策文件", "政策解读"}),
    )


def hanweb_home_datastore() -> SiteTruth:
    """A Hanweb homepage whose lists are datastore scripts, dated only in the article
    URLs (no date printed beside the titles); healthy."""
    site = "桃源县人民政府"
    cols = [
        Column("今日桃源", "news", (1, 2, 4), "/col/col5101/index.html", hanweb_url(5101)),
        Column("通知公告", "notice", (5, 25), "/col/col5102/index.html", hanweb_url(5102)),
    ]

    def store(col: Column) -> str:
        colid = col.path.split("col")[-1].split("/")[0]
        records = "".join(
            f'<record><![CDATA[<li><a href="{u}" target="_blank" title="{t}">{t}</a></li>]]></record>'
            for t, _, u in col.items_home
        )
        return (
            f'<div class="box"><div class="title"><span>{col.name}</span><a class="more" href="{col.path}">更多</a></div>'
            f'<div id="{colid}"><script type="text/xml"><datastore><recordset>{records}</recordset>'
            "</datastore></script></div></div>"
        )

    home = (
        head(site)
        + '<body><div class="top">'
        + js_clock()
        + "</div>"
        + nav([("走进桃源", "/col/col5100/index.html")])
        + "".join(store(c) for c in cols)
        + footer(site, "湘ICP备05004321号", "4307250001")
        + "</body></html>"
    )
    pages: dict[str, str | bytes] = {"/": home}
    for col in cols:
        pages[col.path] = list_page(site, col, "<ul>" + ul_rows(col.items_page, iso) + "</ul>")
    return SiteTruth(
        "hanweb-datastore-home",
        "Hanweb homepage of datastore scripts, dates in URLs",
        pages,
        tuple(c.truth() for c in cols),
        "healthy",
        True,
        frozenset(),
        ago(1),
    )


SITES: tuple[Callable[[], SiteTruth], ...] = (
    hanweb_county,
    trs_city_gbk,
    tabbed_district,
    township_stale,
    education_empty,
    zombie_fgw_gbk,
    navigation_portal,
    chrome_dates_only,
    health_commission_future,
    street_mailbox,
    party_gbk,
    street_many_stale,
    hanweb_home_datastore,
)
