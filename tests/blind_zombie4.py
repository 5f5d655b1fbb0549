"""Blind set, round 4 of "dead sites that look alive": written before any scan.

Twelve sites whose own content stopped long ago (zombie) or weeks ago (stale) but whose
homepages carry fresh-looking dates from elsewhere: a 国务院信息 box of www.gov.cn items
served as plain HTML, a provincial news box in an <iframe>, a script-fed provincial
list, a 转载 column whose items are reposts linking to the ministry's site with its
fresh dates, weather and air-quality widgets, a month calendar with today marked, this
week's 值班 roster, a visit counter with today's 统计日期, a footer 最后更新 stamp the
server writes at each request, a 最新更新 box repeating the same 2023 items, a rotating
banner of 二十届四中全会 slogans pushed by the provincial platform (alt text dated), a
信息公开年报 column whose newest entry is the 2025 report, an Australian shire with a
live "News from the Victorian Government" feed, a Taiwanese 鄉公所 with an 行政院新聞
box, and two clean traps (a live county with a gov.cn box; a town whose notices are
fresh but whose news has been dead 30 days).

Each site: ``host``, ``name``, ``tz``, the pages (``serve(host, path)`` answers every
path the pages link to, on every host they link to), and ``truth``:

- ``status``, ``passed``, ``last_updated`` (the site's own newest item's day)
- ``must`` / ``must_not``: finding codes at depth full; ``home_must`` /
  ``home_must_not`` at depth home (the sweep sees no columns)
- ``columns``: the site's own columns: name, acceptable types, newest day (None when
  empty), empty, stale (by the inspectors' limits)
- ``foreign``: headings of boxes whose items are other sites' (syndicated, framed,
  script-fed, reposts): they must not date the site; a column reported under such a
  heading must not be newer than the site's own ``last_updated``
- ``page_dates``: article paths and the day each shows
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

NOW = date(2026, 11, 25)  # a Wednesday
TODAY_CN = "2026年11月25日"
WEEK = [NOW - timedelta(days=2) + timedelta(days=i) for i in range(7)]  # Mon 23 .. Sun 29
WD_CN = "一二三四五六日"


def _h(s: str) -> int:
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)


# ---------------------------------------------------------------------------
# titles
# ---------------------------------------------------------------------------

NEWS_ZH = [
    "{p}召开{y}年经济运行分析会", "{p}党委理论学习中心组开展专题学习", "{p}部署秋冬季森林防灭火工作",
    "{p}开展安全生产大检查", "{p}召开人居环境整治现场推进会", "{p}举行重点项目集中开工仪式",
    "{p}领导带队督导防汛工作", "{p}召开乡村振兴工作推进会", "{p}开展“我为群众办实事”实践活动",
    "{p}组织收看全省安全生产电视电话会议", "{p}召开河长制工作会议", "{p}开展消防安全进社区活动",
    "{p}调研民营企业发展情况", "{p}召开优化营商环境工作座谈会", "{p}开展国家安全教育日宣传活动",
    "{p}举办农村实用技术培训班", "{p}召开信访工作联席会议", "{p}推进高标准农田建设",
    "{p}开展燃气安全专项排查整治", "{p}召开民生实事项目推进会", "{p}召开耕地保护工作会议",
    "{p}开展“三夏”生产督查", "{p}召开文明城市创建工作推进会", "{p}组织开展应急演练",
    "{p}慰问困难群众和老党员", "{p}召开党风廉政建设工作会议", "{p}开展防范电信网络诈骗宣传",
    "{p}召开第四季度重点工作调度会", "{p}开展食品安全专项检查", "{p}推进城乡环境综合治理",
]
NOTICE_ZH = [
    "关于{y}年度部门预算公开的公告", "关于开展{y}年度安全生产检查的通知", "关于春节期间值班安排的通知",
    "关于做好冬季供暖保障工作的通知", "关于公开征求意见的公告", "关于{y}年耕地地力保护补贴发放的公示",
    "关于道路临时交通管制的通告", "关于开展城乡居民医保集中参保缴费的通知", "关于停水停电的通知",
    "关于{y}年度困难群众救助资金发放情况的公示", "关于举办就业招聘会的通知", "关于规范农村建房审批的通告",
    "关于开展森林防火宣传月活动的通知", "关于{y}年度先进集体和个人拟表彰对象的公示", "关于调整办公地点的公告",
    "关于征兵工作的通告", "关于禁止野外用火的通告", "关于开展全国人口普查登记工作的公告",
]
POLICY_ZH = [
    "{p}关于进一步优化营商环境的实施意见", "{p}突发事件总体应急预案", "{p}关于加强农村人居环境整治的实施方案",
    "{p}促进就业创业若干措施", "{p}关于印发{y}年工作要点的通知", "{p}城乡居民最低生活保障实施细则",
    "{p}关于深化“放管服”改革的实施意见", "{p}政府投资项目管理办法", "{p}关于加快发展乡村旅游的意见",
    "{p}集体土地征收补偿安置办法", "{p}关于做好稳就业工作的通知", "{p}行政规范性文件管理办法",
]
INTERP_ZH = [
    "《{p}优化营商环境实施意见》政策解读", "图解：{p}政府工作报告", "《{p}应急预案》解读",
    "一图读懂{p}促进就业创业若干措施", "《{p}政府投资项目管理办法》解读",
]
PERSONNEL_ZH = [
    "{p}{y}年公开招聘事业单位工作人员公告", "{p}拟任职干部任前公示", "{p}{y}年公益性岗位招聘公告",
    "{p}关于张某某等同志任免职的通知", "{p}{y}年度公开选调工作人员公告", "{p}{y}年招聘社区工作者拟聘用人员公示",
    "{p}公开招聘编外工作人员公告", "{p}{y}年第二批就业见习岗位公告",
]
REPORT_ZH = "{p}{y}年政府信息公开工作年度报告"
GOVCN = [
    "国务院常务会议研究部署进一步做好冬春农业生产工作", "国务院办公厅印发《关于进一步优化营商环境的若干措施》",
    "国务院新闻办公室举行新闻发布会介绍前10个月国民经济运行情况", "李强主持召开国务院常务会议",
    "国务院关于印发《“十五五”数字经济发展规划》的通知", "国家发展改革委部署做好今冬明春能源保供工作",
    "财政部下达资金支持地方做好冬季取暖保障", "国务院安委会办公室部署岁末年初安全防范工作",
    "国务院办公厅关于做好2027年元旦春节期间有关工作的通知", "全国冬春农田水利建设工作会议召开",
]
PROVINCE = [
    "省政府常务会议研究部署今冬明春重点工作", "全省安全生产工作电视电话会议召开", "省长主持召开专题会议研究优化营商环境",
    "全省高质量发展推进会召开", "省政府与央企签署战略合作协议", "全省冬春森林防灭火工作会议召开",
    "省政府新闻办举行前三季度经济运行新闻发布会", "全省乡村振兴重点帮扶工作推进会召开",
    "全省重大项目建设现场观摩活动启动", "省政府办公厅印发冬季清洁取暖工作方案",
]
MOA = [
    "农业农村部部署今冬明春农业生产工作", "全国冬小麦播种基本结束 苗情长势总体较好",
    "农业农村部召开高标准农田建设推进会", "农业农村部发布11月份农产品供需形势分析",
    "全国农产品质量安全监管工作会议召开", "农业农村部部署秋冬季动物疫病防控工作",
    "农业农村部：今年粮食生产再获丰收", "全国农村改革试验区工作交流会召开",
    "中央一号文件落实情况督导检查启动", "农业农村部推介全国乡村旅游精品线路",
]


def _title(pool: list[str], i: int, place: str, d: date) -> str:
    return pool[i % len(pool)].format(p=place, y=d.year)


def _dates(newest: date, n: int, seed: str, lo: int = 2, hi: int = 12) -> list[date]:
    out, d = [], newest
    for i in range(n):
        out.append(d)
        d -= timedelta(days=lo + _h(f"{seed}{i}") % (hi - lo + 1))
    return out


# ---------------------------------------------------------------------------
# columns and items
# ---------------------------------------------------------------------------


@dataclass
class Item:
    title: str
    day: date
    url: str


@dataclass
class Col:
    name: str
    slug: str
    items: list[Item]
    types: tuple[str, ...]
    stale: bool | None = False  # None: depends on which acceptable type it gets
    list_path: str = ""

    @property
    def newest(self) -> date | None:
        return max((i.day for i in self.items), default=None)


@dataclass
class Site:
    host: str
    name: str
    tz: str = "Asia/Shanghai"
    pages: dict[str, str] = field(default_factory=dict)
    articles: dict[str, Item] = field(default_factory=dict)
    truth: dict[str, Any] = field(default_factory=dict)
    lang: str = "zh"


def url_trs(slug: str, d: date, n: int) -> str:
    return f"/{slug}/{d:%Y%m}/t{d:%Y%m%d}_{n}.html"


def url_hanweb(slug: str, d: date, n: int) -> str:
    return f"/art/{d.year}/{d.month}/{d.day}/art_{1200 + _h(slug) % 800}_{n}.html"


def url_dede(slug: str, d: date, n: int) -> str:
    return f"/a/{slug}/{d:%Y}/{d:%m%d}/{n}.html"


def url_php(slug: str, d: date, n: int) -> str:
    return f"/index.php?m=content&c=index&a=show&catid={10 + _h(slug) % 40}&id={n}"


def url_tw(slug: str, d: date, n: int) -> str:
    return f"/News_Content.aspx?n={300 + _h(slug) % 600}&s={n}"


def url_drupal(slug: str, d: date, n: int) -> str:
    return f"/news/{slug}-{n}"


def url_wp(slug: str, d: date, n: int) -> str:
    return f"/{d:%Y}/{d:%m}/{d:%d}/{slug}-{n}/"


def make_col(name: str, slug: str, types: tuple[str, ...], pool: list[str], place: str, newest: date | None,
             n: int, urlf: Any, *, lo: int = 2, hi: int = 12, list_path: str = "", stale: bool | None = False,
             titles: list[str] | None = None) -> Col:
    items: list[Item] = []
    if newest is not None:
        for i, d in enumerate(_dates(newest, n, name + slug, lo, hi)):
            t = titles[i] if titles and i < len(titles) else _title(pool, i + _h(slug) % 7, place, d)
            items.append(Item(t, d, urlf(slug, d, 10000 + _h(name) % 80000 + 97 * (n - i))))
    return Col(name, slug, items, types, stale, list_path or f"/{slug}/")


def foreign_items(pool: list[str], newest: date, n: int, urlf: Any, seed: str) -> list[Item]:
    out = []
    for i, d in enumerate(_dates(newest, n, seed, 0, 2)):
        out.append(Item(pool[(i + _h(seed)) % len(pool)], d, urlf(d, 7000000 + _h(seed + str(i)) % 99999)))
    return out


def govcn_url(d: date, n: int) -> str:
    sect = "yaowen/liebiao" if n % 3 else "zhengce/content"
    return f"http://www.gov.cn/{sect}/{d:%Y%m}/content_{n}.htm"


# ---------------------------------------------------------------------------
# date formats
# ---------------------------------------------------------------------------


def f_iso(d: date) -> str:
    return d.isoformat()


def f_md(d: date) -> str:
    return f"{d:%m-%d}"


def f_bmd(d: date) -> str:
    return f"[{d:%m-%d}]"


def f_slash(d: date) -> str:
    return f"{d:%Y/%m/%d}"


def f_cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def f_roc(d: date) -> str:
    return f"{d.year - 1911}-{d:%m-%d}"


def f_en(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def f_us(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


# ---------------------------------------------------------------------------
# chrome
# ---------------------------------------------------------------------------

CSS_ZH = """
*{margin:0;padding:0}body{font:12px/1.8 "Microsoft YaHei",SimSun,Arial;color:#333;background:#f2f4f7}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}
.w1200{width:1200px;margin:0 auto}.top-bar{height:34px;background:#f7f7f7;border-bottom:1px solid #e5e5e5}
.top-bar .l{float:left}.top-bar .r{float:right}.header{height:150px;background:url(/images/head_bg.jpg) no-repeat center}
.logo{float:left;margin-top:35px}.search{float:right;margin-top:60px}.search input.txt{width:220px;height:30px;border:1px solid #ccc}
.nav{height:50px;background:#0b5bac}.nav li{float:left;position:relative}.nav li a{display:block;padding:0 24px;line-height:50px;color:#fff;font-size:17px}
.nav .sub{display:none;position:absolute;top:50px;left:0;width:180px;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);z-index:99}
.nav li:hover .sub{display:block}.nav .sub a{color:#333;font-size:14px;line-height:36px}
.box{background:#fff;margin-top:15px;padding:10px 15px}.box .hd{height:40px;border-bottom:2px solid #0b5bac}
.box .hd h3{float:left;font-size:18px;color:#0b5bac}.box .hd .more{float:right;font-size:12px;color:#999}
.list li{height:34px;line-height:34px;border-bottom:1px dashed #e6e6e6;overflow:hidden}.list li a{float:left;width:80%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.list li span{float:right;color:#999}.fl{float:left}.fr{float:right}.clearfix:after{content:"";display:block;clear:both}
.slide{position:relative;width:580px;height:380px;overflow:hidden}.slide img{width:580px;height:380px}.slide .txt{position:absolute;bottom:0;width:100%;background:rgba(0,0,0,.55);color:#fff}
.tab-hd li{float:left;padding:0 18px;cursor:pointer}.tab-hd li.on{background:#0b5bac;color:#fff}.tab-bd .panel{display:none}.tab-bd .panel.on{display:block}
.service a{display:inline-block;width:136px;height:80px;margin:6px;background:#eef4fb;text-align:center}
.links select{width:220px;height:30px;margin:0 8px}.footer{margin-top:20px;background:#0b5bac;color:#fff;padding:20px 0;text-align:center}
.footer a{color:#fff}.footer p{line-height:28px}.banner-ad img{width:1200px;height:110px}
.calendar td{width:28px;text-align:center}.calendar td.today{background:#c00;color:#fff}.weather{color:#666}
"""

JS_ZH = """
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/js/jquery.SuperSlide.2.1.3.js"></script>
<script type="text/javascript">
jQuery(".slide").slide({mainCell:".bd ul",effect:"fold",autoPlay:true,interTime:4000});
jQuery(".tabbox").slide({titCell:".tab-hd li",mainCell:".tab-bd",titOnClassName:"on",trigger:"mouseover"});
function setHome(o,u){try{o.style.behavior='url(#default#homepage)';o.setHomePage(u);}catch(e){alert("请使用浏览器设置功能将本站设为首页");}}
function addFav(){try{window.external.addFavorite(location.href,document.title);}catch(e){alert("请使用Ctrl+D加入收藏");}}
</script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "/js/stat.js?v=2019";
var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
"""

MEGA_ZH = [
    ("首页", "/", []),
    ("政务公开", "/zwgk/", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报",
                         "依申请公开", "机构职能", "领导信息", "财政预决算", "重大建设项目", "公共资源配置"]),
    ("政务服务", "/zwfw/", ["个人办事", "法人办事", "部门服务", "乡镇服务", "便民服务", "办事指南", "表格下载"]),
    ("政民互动", "/hdjl/", ["县长信箱", "咨询投诉", "在线访谈", "意见征集", "网上调查", "常见问题"]),
    ("走进本地", "/zjbd/", ["概况", "历史沿革", "行政区划", "自然资源", "旅游风光", "人文历史", "特色产业"]),
    ("专题专栏", "/ztzl/", ["优化营商环境", "乡村振兴", "安全生产", "扫黑除恶", "文明创建", "疫情防控"]),
]


def mega_menu(prefix: str = "") -> str:
    out = ['<div class="nav"><ul class="w1200 clearfix">']
    for i, (t, u, subs) in enumerate(MEGA_ZH):
        sub = "".join(f'<li><a href="{u}{chr(97 + j)}{i}/">{s}</a></li>' for j, s in enumerate(subs))
        out.append(f'<li><a href="{u}">{t}</a>' + (f'<ul class="sub">{sub}</ul>' if subs else "") + "</li>")
    out.append("</ul></div>")
    return "".join(out)


def footer_zh(owner: str, icp: str, code: str, extra: str = "", start: int = 2009) -> str:
    return f"""<div class="footer"><div class="w1200">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/smsm/">使用帮助</a> | <a href="/jcjb/">纠错</a></p>
<p>主办单位：{owner}  承办单位：{owner}办公室  联系电话：0734-{_h(owner) % 9000000 + 1000000}</p>
<p>版权所有 © {start}-2026 {owner}  <a href="http://beian.miit.gov.cn/" target="_blank">{icp}</a>  网站标识码：{code}</p>
<p><img src="/images/ga.png" alt="公安备案">公网安备 {4300000000000 + _h(icp) % 99999999}号  建议使用1366×768以上分辨率浏览</p>
{extra}
<p><a href="http://bszs.conac.cn/sitename?method=show&amp;id={_h(code) % 999999}" target="_blank"><img src="/images/red.png" alt="党政机关"></a>
<a href="http://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={code}&amp;url=" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a></p>
</div></div>"""


def zh_list(items: list[Item], fmt: Any, n: int = 7, cls: str = "list", blank: bool = False) -> str:
    tgt = ' target="_blank"' if blank else ""
    lis = "".join(
        f'<li><a href="{i.url}" title="{i.title}"{tgt}>{i.title}</a><span>{fmt(i.day)}</span></li>' for i in items[:n]
    )
    return f'<ul class="{cls}">{lis}</ul>'


def zh_box(title: str, more: str, body: str, cls: str = "box") -> str:
    return (f'<div class="{cls}"><div class="hd clearfix"><h3>{title}</h3>'
            f'<a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></div><div class="bd">{body}</div></div>')


def service_block() -> str:
    names = ["社保查询", "公积金查询", "不动产登记", "户籍办理", "出入境", "机动车业务", "企业开办", "医保服务",
             "教育入学", "婚姻登记", "养老服务", "12345热线"]
    return ('<div class="box service"><div class="hd clearfix"><h3>办事服务</h3></div><div class="bd">'
            + "".join(f'<a href="/zwfw/fw{i}/"><img src="/images/ico{i}.png" alt="">{n}</a>' for i, n in enumerate(names))
            + "</div></div>")


def links_select() -> str:
    groups = [("国家部委", [("中国政府网", "http://www.gov.cn/"), ("国家发展改革委", "http://www.ndrc.gov.cn/")]),
              ("省内网站", [("省人民政府", "http://www.hunan.gov.cn/"), ("市人民政府", "http://www.shaoyang.gov.cn/")])]
    out = ['<div class="box links"><div class="hd clearfix"><h3>友情链接</h3></div><div class="bd">']
    for g, ls in groups:
        out.append(f'<select onchange="if(this.value)window.open(this.value)"><option value="">--{g}--</option>'
                   + "".join(f'<option value="{u}">{t}</option>' for t, u in ls) + "</select>")
    out.append("</div></div>")
    return "".join(out)


def weather_widget() -> str:
    return (f'<div class="weather" id="weather"><span class="date">{TODAY_CN} 星期三</span> '
            '<span>多云转晴 4℃~15℃</span> <span>东北风2级</span> '
            '<span class="aqi">空气质量：良 AQI 62</span></div>')


def calendar_widget() -> str:
    first = date(2026, 11, 1)
    pad = first.weekday()  # Monday=0
    cells = [""] * pad + [str(d) for d in range(1, 31)]
    while len(cells) % 7:
        cells.append("")
    rows = []
    for r in range(0, len(cells), 7):
        tds = "".join(
            f'<td class="today">{c}</td>' if c == str(NOW.day) else f"<td>{c}</td>" for c in cells[r:r + 7]
        )
        rows.append(f"<tr>{tds}</tr>")
    return ('<div class="box calendar"><div class="hd clearfix"><h3>日历</h3></div><div class="bd">'
            '<table class="calendar"><caption>2026年11月 农历十月初七</caption>'
            "<tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th><th>日</th></tr>"
            + "".join(rows) + "</table></div></div>")


def duty_roster(leaders: list[str], staff: list[str]) -> str:
    rows = "".join(
        f"<tr><td>{d.month}月{d.day}日</td><td>星期{WD_CN[d.weekday()]}</td><td>{leaders[i % len(leaders)]}</td>"
        f"<td>{staff[i % len(staff)]}</td><td>0734-8{_h(str(i)) % 900000 + 100000}</td></tr>"
        for i, d in enumerate(WEEK)
    )
    return ('<div class="box duty"><div class="hd clearfix"><h3>本周值班安排</h3></div><div class="bd">'
            '<table class="duty" width="100%"><tr><td>日期</td><td>星期</td><td>带班领导</td><td>值班人员</td><td>值班电话</td></tr>'
            + rows + "</table></div></div>")


def counter_widget() -> str:
    return ('<div class="counter">网站访问量：<span>3,618,204</span>  今日访问：<span>127</span>  '
            f'统计日期：{NOW.isoformat()}</div>')


def stamp_footer_line() -> str:
    return f"<p>最后更新：{NOW.isoformat()} 10:00:03</p>"


def zh_page(title: str, body: str, kw: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title}</title>
<meta name="keywords" content="{kw or title}" />
<meta name="description" content="{title}门户网站" />
<meta name="SiteName" content="{title}" /><meta name="SiteDomain" content="" /><meta name="SiteIDCode" content="" />
<link rel="stylesheet" type="text/css" href="/css/common.css" />
<style type="text/css">{CSS_ZH}</style>
</head>
<body>
{body}
{JS_ZH}
</body></html>"""


def zh_top(name: str, extra: str = "") -> str:
    return f"""<div class="top-bar"><div class="w1200">
<div class="l">欢迎访问{name}门户网站！ {extra}</div>
<div class="r"><a href="javascript:void(0)" onclick="setHome(this,location.href)">设为首页</a> | <a href="javascript:addFav()">加入收藏</a> |
<a href="/wza/">无障碍浏览</a> | <a href="/mobile/">手机版</a> | <a href="/en/">English</a></div></div></div>
<div class="header w1200"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{name}" /></a></div>
<div class="search"><form action="/search/search.jsp" method="get" target="_blank"><input class="txt" type="text" name="searchword" placeholder="请输入关键字" />
<input type="submit" value="搜索" /></form></div></div>"""


def slide(items: list[Item], n: int = 5, img_prefix: str = "/images/slide") -> str:
    lis = "".join(
        f'<li><a href="{i.url}" target="_blank"><img src="{img_prefix}{k}.jpg" alt="{i.title}" /></a>'
        f'<p class="txt"><a href="{i.url}">{i.title}</a></p></li>' for k, i in enumerate(items[:n])
    )
    return f'<div class="slide"><div class="bd"><ul>{lis}</ul></div><div class="hd"><ul></ul></div></div>'


def zh_list_page(site_name: str, col: Col, fmt: Any, n: int = 20) -> str:
    lis = "".join(
        f'<li><a href="{i.url}" target="_blank" title="{i.title}">{i.title}</a><span class="date">{fmt(i.day)}</span></li>'
        for i in col.items[:n]
    )
    pages = max(1, (len(col.items) + n - 1) // n) + 3
    body = f"""{zh_top(site_name)}{mega_menu()}
<div class="w1200 clearfix"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{col.list_path}">{col.name}</a></div>
<div class="fl left-menu" style="width:240px"><div class="box"><div class="hd"><h3>{col.name}</h3></div></div></div>
<div class="fr main" style="width:930px"><div class="box"><div class="hd clearfix"><h3>{col.name}</h3></div>
<ul class="list list-page">{lis}</ul>
<div class="page">共{pages}页 <a href="{col.list_path}">首页</a> <a href="{col.list_path}index_1.html">下一页</a> <a href="{col.list_path}index_{pages - 1}.html">尾页</a></div>
</div></div></div>"""
    return zh_page(f"{col.name}-{site_name}", body)


def zh_article(site_name: str, col_name: str, it: Item, fmt: Any = f_iso) -> str:
    body = f"""{zh_top(site_name)}{mega_menu()}
<div class="w1200 box"><div class="position">当前位置：<a href="/">首页</a> &gt; {col_name}</div>
<h1 class="art-title">{it.title}</h1>
<div class="art-info">发布时间：{fmt(it.day)}  来源：{site_name}  浏览次数：<span id="hits">{_h(it.url) % 900 + 30}</span>
  字号：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]</div>
<div class="art-content"><p>　　{fmt(it.day)}，{it.title}。会议传达学习了上级有关文件精神，听取了相关工作情况汇报，对下一阶段工作进行了安排部署。</p>
<p>　　会议强调，要提高政治站位，压紧压实责任，确保各项工作落到实处。要加强统筹协调，强化督查问效，推动工作取得实效。</p>
<p>　　会议要求，各有关单位要结合实际，细化工作措施，明确时间节点，切实抓好贯彻落实。</p></div>
<div class="art-foot"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div></div>"""
    return zh_page(f"{it.title}-{site_name}", body)


# ---------------------------------------------------------------------------
# site builders
# ---------------------------------------------------------------------------

SITES: list[Site] = []
FOREIGN_HOSTS: dict[str, dict[str, str]] = {}  # host -> exact pages (others: a generic article)


def _register(site: Site, cols: list[Col], list_fmt: Any, art_fmt: Any = f_iso) -> None:
    for c in cols:
        site.pages.setdefault(c.list_path, zh_list_page(site.name, c, list_fmt) if site.lang == "zh" else "")
        for it in c.items:
            site.articles[it.url] = it
            if site.lang == "zh":
                site.pages[it.url] = zh_article(site.name, c.name, it, art_fmt)


def _col_truth(cols: list[Col]) -> list[dict[str, Any]]:
    return [
        {"name": c.name, "types": c.types, "newest": c.newest, "empty": not c.items, "stale": c.stale}
        for c in cols
    ]


def _page_dates(cols: list[Col]) -> dict[str, date]:
    return {c.items[0].url: c.items[0].day for c in cols if c.items}


# 1 ------------------------------------------------------------------- 岩溪县: a gov.cn box
def site_yanxi() -> Site:
    p = "岩溪县"
    s = Site("www.yanxi.gov.cn", "岩溪县人民政府")
    news = make_col("岩溪要闻", "yxyw", ("news",), NEWS_ZH, p, date(2024, 3, 18), 24, url_trs, stale=True)
    dept = make_col("部门动态", "bmdt", ("news",), NEWS_ZH, "县农业农村局", date(2024, 3, 11), 22, url_trs, stale=True)
    town = make_col("乡镇动态", "xzdt", ("news",), NEWS_ZH, "城关镇", date(2024, 3, 14), 22, url_trs, stale=True)
    notice = make_col("通知公告", "tzgg", ("notice",), NOTICE_ZH, p, date(2024, 2, 27), 22, url_trs, lo=5, hi=20, stale=True)
    policy = make_col("政策文件", "zcwj", ("policy",), POLICY_ZH, "岩溪县人民政府", date(2023, 12, 20), 20, url_trs,
                      lo=10, hi=40, stale=True)
    interp = make_col("政策解读", "zcjd", ("policy",), INTERP_ZH, p, date(2023, 11, 30), 10, url_trs, lo=20, hi=50, stale=True)
    pers = make_col("人事信息", "rsxx", ("personnel",), PERSONNEL_ZH, p, date(2023, 9, 8), 12, url_trs, lo=20, hi=60,
                    stale=True)
    cols = [news, dept, town, notice, policy, interp, pers]
    gov = foreign_items(GOVCN, NOW, 8, govcn_url, "yanxi")
    body = f"""{zh_top(s.name, weather_widget())}{mega_menu()}
<div class="w1200 clearfix">
<div class="fl" style="width:580px">{slide(news.items)}</div>
<div class="fr tabbox" style="width:600px"><div class="tab-hd"><ul><li class="on"><a href="{news.list_path}">岩溪要闻</a></li><li><a href="{dept.list_path}">部门动态</a></li><li><a href="{town.list_path}">乡镇动态</a></li></ul></div>
<div class="tab-bd"><div class="panel on">{zh_list(news.items, f_bmd, 8)}</div><div class="panel">{zh_list(dept.items, f_bmd, 8)}</div><div class="panel">{zh_list(town.items, f_bmd, 8)}</div></div></div>
</div>
<div class="w1200 banner-ad"><a href="/ztzl/yshj/"><img src="/images/ad_yshj.jpg" alt="优化营商环境 我们在行动" /></a></div>
<div class="w1200 clearfix">
<div class="fl" style="width:390px">{zh_box("国务院信息", "http://www.gov.cn/yaowen/", zh_list(gov, f_md, 8, blank=True))}</div>
<div class="fl" style="width:390px;margin-left:15px">{zh_box("通知公告", notice.list_path, zh_list(notice.items, f_md, 8))}</div>
<div class="fr" style="width:390px">{zh_box("政策文件", policy.list_path, zh_list(policy.items, f_md, 8))}</div>
</div>
<div class="w1200 clearfix">
<div class="fl" style="width:590px">{zh_box("政策解读", interp.list_path, zh_list(interp.items, f_iso, 6))}</div>
<div class="fr" style="width:590px">{zh_box("人事信息", pers.list_path, zh_list(pers.items, f_iso, 6))}</div>
</div>
<div class="w1200">{service_block()}{links_select()}</div>
{footer_zh("岩溪县人民政府办公室", "湘ICP备05012345号-1", "4305240001", stamp_footer_line(), 2006)}"""
    s.pages["/"] = zh_page(s.name, body)
    _register(s, cols, f_iso)
    s.truth = {
        "status": "zombie", "passed": False, "last_updated": date(2024, 3, 18),
        "must": {"abandoned", "homepage_stale", "column_stale"}, "must_not": {"hidden_links", "spam_content"},
        "home_must": {"abandoned", "homepage_stale"}, "home_must_not": set(),
        "columns": _col_truth(cols), "foreign": ["国务院信息"], "page_dates": _page_dates(cols),
    }
    return s


# 2 ------------------------------------------------------------------- 临江镇: provincial iframe, weather, calendar
def site_linjiang() -> Site:
    p = "临江镇"
    s = Site("www.linjiang-town.gov.cn", "临江镇人民政府")
    news = make_col("镇务动态", "zwdt", ("news",), NEWS_ZH, p, date(2023, 9, 21), 20, url_dede, lo=3, hi=15, stale=True,
                    list_path="/a/zwdt/")
    notice = make_col("通知公告", "tzgg", ("notice",), NOTICE_ZH, p, date(2023, 8, 30), 16, url_dede, lo=8, hi=30,
                      stale=True, list_path="/a/tzgg/")
    gk = make_col("政务公开", "zwgk", ("other", "notice", "policy"), NOTICE_ZH, p, date(2023, 7, 12), 12, url_dede, lo=15,
                  hi=40, list_path="/a/zwgk/", stale=None)
    cols = [news, notice, gk]
    # 政务公开 here is a catch-all; typed other it has no limit; typed notice/policy it is stale.
    iframe = ('<div class="box"><div class="hd clearfix"><h3>省政府要闻</h3>'
              '<a class="more" href="http://www.hunan.gov.cn/hnszf/hnyw/zwdt/" target="_blank">更多&gt;&gt;</a></div>'
              '<div class="bd"><iframe src="http://www.hunan.gov.cn/hnszf/hnyw/zwdt/widget_list.html" width="100%" '
              'height="300" frameborder="0" scrolling="no"></iframe></div></div>')
    body = f"""{zh_top(s.name)}{mega_menu()}
<div class="w1200 clearfix"><div class="fl" style="width:800px">
<div class="box clearfix"><div class="fl" style="width:380px">{slide(news.items, 4, "/uploads/allimg/2309/1-2309")}</div>
<div class="fr" style="width:380px">{zh_box("镇务动态", news.list_path, zh_list(news.items, f_iso, 8))}</div></div>
<div class="clearfix"><div class="fl" style="width:390px">{zh_box("通知公告", notice.list_path, zh_list(notice.items, f_iso, 7))}</div>
<div class="fr" style="width:390px">{zh_box("政务公开", gk.list_path, zh_list(gk.items, f_iso, 7))}</div></div>
{iframe}
</div>
<div class="fr" style="width:385px">{weather_widget()}{calendar_widget()}{service_block()}</div></div>
<div class="w1200">{links_select()}</div>
{footer_zh("临江镇人民政府", "湘ICP备12004567号", "4305810012", "", 2012)}"""
    s.pages["/"] = zh_page(s.name, body)
    _register(s, cols, f_iso)
    prov_items = foreign_items(PROVINCE, NOW, 10, lambda d, n: f"http://www.hunan.gov.cn/hnszf/hnyw/zwdt/{d:%Y%m}/t{d:%Y%m%d}_{n}.html", "hunan")
    FOREIGN_HOSTS.setdefault("www.hunan.gov.cn", {})["/hnszf/hnyw/zwdt/widget_list.html"] = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>湖南要闻</title><base target="_blank"></head><body>'
        + zh_list(prov_items, f_iso, 10) + "</body></html>")
    s.truth = {
        "status": "zombie", "passed": False, "last_updated": date(2023, 9, 21),
        "must": {"abandoned", "homepage_stale"}, "must_not": {"hidden_links", "spam_content"},
        "home_must": {"abandoned", "homepage_stale"}, "home_must_not": set(),
        "columns": _col_truth(cols), "foreign": ["省政府要闻"], "page_dates": _page_dates(cols),
    }
    return s


# 3 ------------------------------------------------------------------- 河西区农业农村局: a 转载 column of ministry items
def site_hexi() -> Site:
    p = "河西区农业农村局"
    s = Site("www.hexi-nync.gov.cn", "河西区农业农村局")
    own = make_col("本局动态", "bjdt", ("news",), NEWS_ZH, "区农业农村局", date(2025, 6, 10), 18, url_hanweb, lo=4, hi=14,
                   stale=True, list_path="/col/col1305/index.html")
    notice = make_col("通知公告", "tzgg", ("notice",), NOTICE_ZH, p, date(2025, 4, 22), 14, url_hanweb, lo=10, hi=30,
                      stale=True, list_path="/col/col1306/index.html")
    policy = make_col("政策法规", "zcfg", ("policy",), POLICY_ZH, "区农业农村局", date(2025, 3, 5), 10, url_hanweb, lo=20,
                      hi=50, stale=True, list_path="/col/col1307/index.html")
    cols = [own, notice, policy]
    repost = foreign_items(MOA, NOW - timedelta(days=1), 9,
                           lambda d, n: f"http://www.moa.gov.cn/xw/zwdt/{d:%Y%m}/t{d:%Y%m%d}_{6470000 + n % 9999}.htm", "moa")
    rep_lis = "".join(
        f'<li><a href="{i.url}" target="_blank" title="{i.title}">[转载] {i.title}</a><span>{f_iso(i.day)}</span></li>'
        for i in repost[:8])
    body = f"""{zh_top(s.name)}{mega_menu()}
<div class="w1200 clearfix">
<div class="fl" style="width:580px">{slide(own.items, 4)}</div>
<div class="fr" style="width:600px">{zh_box("农业要闻", "/col/col1310/index.html", f'<ul class="list">{rep_lis}</ul>')}</div></div>
<div class="w1200 clearfix">
<div class="fl" style="width:390px">{zh_box("本局动态", own.list_path, zh_list(own.items, f_iso, 7))}</div>
<div class="fl" style="width:390px;margin-left:15px">{zh_box("通知公告", notice.list_path, zh_list(notice.items, f_iso, 7))}</div>
<div class="fr" style="width:390px">{zh_box("政策法规", policy.list_path, zh_list(policy.items, f_iso, 7))}</div></div>
<div class="w1200">{service_block()}{links_select()}</div>
{footer_zh("河西区农业农村局", "苏ICP备08123456号", "3201050021", "", 2010)}"""
    s.pages["/"] = zh_page(s.name, body)
    # the 转载 column's own list page: the same reposts, each linking to the ministry
    rep_col = Col("农业要闻", "nyyw", [Item("[转载] " + i.title, i.day, i.url) for i in repost], ("news",),
                  list_path="/col/col1310/index.html")
    s.pages[rep_col.list_path] = zh_list_page(s.name, rep_col, f_iso)
    _register(s, cols, f_iso)
    s.truth = {
        # (written "stale" at first: 2025-06-10 is 533 days before NOW, past the 365 of a zombie)
        "status": "zombie", "passed": False, "last_updated": date(2025, 6, 10),
        "must": {"abandoned", "homepage_stale", "column_stale"}, "must_not": {"hidden_links", "spam_content"},
        "home_must": {"abandoned", "homepage_stale"}, "home_must_not": set(),
        "columns": _col_truth(cols), "foreign": ["农业要闻"], "page_dates": _page_dates(cols),
    }
    return s


# 4 ------------------------------------------------------------------- 东浦镇: counter, duty roster, 最后更新
def site_dongpu() -> Site:
    p = "东浦镇"
    s = Site("www.dongpu.gov.cn", "东浦镇人民政府")
    news = make_col("工作动态", "gzdt", ("news",), NEWS_ZH, p, date(2024, 8, 6), 20, url_php, lo=3, hi=12, stale=True,
                    list_path="/index.php?m=content&c=index&a=lists&catid=11")
    notice = make_col("公示公告", "gsgg", ("notice",), NOTICE_ZH, p, date(2024, 7, 19), 16, url_php, lo=8, hi=25,
                      stale=True, list_path="/index.php?m=content&c=index&a=lists&catid=12")
    party = make_col("党建工作", "djgz", ("news", "other"), NEWS_ZH, "东浦镇党委", date(2024, 6, 28), 12, url_php, lo=8,
                     hi=25, list_path="/index.php?m=content&c=index&a=lists&catid=13", stale=None)
    cols = [news, notice, party]
    body = f"""{zh_top(s.name, '今天是：<span id="today">' + TODAY_CN + ' 星期三</span>')}{mega_menu()}
<div class="w1200 clearfix"><div class="fl" style="width:830px">
<div class="clearfix"><div class="fl" style="width:400px">{slide(news.items, 4, "/uploadfile/2024/0806/")}</div>
<div class="fr" style="width:415px">{zh_box("工作动态", news.list_path, zh_list(news.items, f_slash, 8))}</div></div>
<div class="clearfix"><div class="fl" style="width:405px">{zh_box("公示公告", notice.list_path, zh_list(notice.items, f_slash, 7))}</div>
<div class="fr" style="width:405px">{zh_box("党建工作", party.list_path, zh_list(party.items, f_slash, 7))}</div></div>
</div>
<div class="fr" style="width:355px">{duty_roster(["王建国", "李志强", "陈卫东", "刘海涛"], ["张敏", "赵磊", "孙丽", "周杰", "吴倩"])}
<div class="box"><div class="hd clearfix"><h3>网站统计</h3></div><div class="bd">{counter_widget()}</div></div>
{service_block()}</div></div>
<div class="w1200">{links_select()}</div>
{footer_zh("东浦镇人民政府", "浙ICP备10023456号", "3306020008", stamp_footer_line(), 2010)}"""
    s.pages["/"] = zh_page(s.name, body)
    _register(s, cols, f_slash)
    s.truth = {
        "status": "zombie", "passed": False, "last_updated": date(2024, 8, 6),
        "must": {"abandoned", "homepage_stale"}, "must_not": {"hidden_links", "spam_content"},
        "home_must": {"abandoned", "homepage_stale"}, "home_must_not": set(),
        "columns": _col_truth(cols), "foreign": ["本周值班安排", "网站统计"], "page_dates": _page_dates(cols),
    }
    return s


# 5 ------------------------------------------------------------------- 平原县教育局: 最新更新 box, provincial banner
def site_pingyuan() -> Site:
    p = "平原县教育局"
    s = Site("www.pingyuan-jyj.gov.cn", "平原县教育局")
    news = make_col("教育动态", "jydt", ("news",), NEWS_ZH, "县教育局", date(2023, 10, 17), 20, url_trs, lo=3, hi=12,
                    stale=True)
    school = make_col("学校风采", "xxfc", ("news", "other"), NEWS_ZH, "县第一中学", date(2023, 9, 28), 15, url_trs,
                      lo=5, hi=20, stale=None)
    notice = make_col("通知公告", "tzgg", ("notice",), NOTICE_ZH, p, date(2023, 10, 9), 15, url_trs, lo=6, hi=22, stale=True)
    zs = make_col("招生考试", "zsks", ("notice", "other"), NOTICE_ZH, p, date(2023, 8, 22), 10, url_trs, lo=8, hi=30,
                  stale=None)
    cols = [news, school, notice, zs]
    latest = sorted([news.items[0], notice.items[0], school.items[0], zs.items[0], news.items[1]],
                    key=lambda i: i.day, reverse=True)
    banners = [
        ("学习宣传贯彻党的二十届四中全会精神", "szqh_20261103"), ("奋力谱写中国式现代化湖南篇章 2026年11月", "xdh_20261110"),
        ("深入学习贯彻习近平新时代中国特色社会主义思想 2026-11-18", "xsd_20261118"),
        ("2026年全国“119”消防宣传月", "xf_20261101"),
    ]
    ban = "".join(
        f'<li><a href="http://www.hunan.gov.cn/ztzl/{k}/" target="_blank"><img src="http://www.hunan.gov.cn/img/banner/{k}.jpg" '
        f'alt="{t}" title="{t}" /></a></li>' for t, k in banners)
    body = f"""{zh_top(s.name)}{mega_menu()}
<div class="w1200 banner-ad slide"><div class="bd"><ul>{ban}</ul></div></div>
<div class="w1200 clearfix">
<div class="fl" style="width:580px">{slide(news.items)}</div>
<div class="fr" style="width:600px">{zh_box("教育动态", news.list_path, zh_list(news.items, f_iso, 8))}</div></div>
<div class="w1200 clearfix">
<div class="fl" style="width:390px">{zh_box("通知公告", notice.list_path, zh_list(notice.items, f_iso, 7))}</div>
<div class="fl" style="width:390px;margin-left:15px">{zh_box("学校风采", school.list_path, zh_list(school.items, f_iso, 7))}</div>
<div class="fr" style="width:390px">{zh_box("招生考试", zs.list_path, zh_list(zs.items, f_iso, 7))}</div></div>
<div class="w1200 clearfix"><div class="fl" style="width:590px">
<div class="box"><div class="hd clearfix"><h3>最新更新</h3></div><div class="bd">{zh_list(latest, f_iso, 5)}</div></div></div>
<div class="fr" style="width:590px">{service_block()}</div></div>
<div class="w1200">{links_select()}</div>
{footer_zh("平原县教育局", "鲁ICP备11034567号-2", "3714260015", "", 2011)}"""
    s.pages["/"] = zh_page(s.name, body)
    _register(s, cols, f_iso)
    s.truth = {
        "status": "zombie", "passed": False, "last_updated": date(2023, 10, 17),
        "must": {"abandoned", "homepage_stale"}, "must_not": {"hidden_links", "spam_content"},
        "home_must": {"abandoned", "homepage_stale"}, "home_must_not": set(),
        "columns": _col_truth(cols), "foreign": [], "page_dates": _page_dates(cols),
    }
    return s


# 6 ------------------------------------------------------------------- 高桥县市场监管局: healthy, 年报 column
def site_gaoqiao() -> Site:
    p = "高桥县市场监督管理局"
    s = Site("www.gqxscjg.gov.cn", "高桥县市场监督管理局")
    news = make_col("工作动态", "gzdt", ("news",), NEWS_ZH, "县市场监管局", date(2026, 11, 24), 20, url_hanweb, lo=1, hi=4,
                    list_path="/col/col2101/index.html")
    notice = make_col("通知公告", "tzgg", ("notice",), NOTICE_ZH, p, date(2026, 11, 16), 14, url_hanweb, lo=5, hi=15,
                      list_path="/col/col2102/index.html")
    policy = make_col("政策文件", "zcwj", ("policy",), POLICY_ZH, "县市场监管局", date(2026, 9, 3), 10, url_hanweb,
                      lo=20, hi=45, list_path="/col/col2103/index.html")
    reports = [REPORT_ZH.format(p=p, y=y) for y in (2025, 2024, 2023, 2022, 2021, 2020)]
    rep = make_col("政府信息公开年报", "ndbg", ("other", "planning", "statistics"), [], p,
                   date(2026, 1, 23), 6, url_hanweb, lo=363, hi=368, list_path="/col/col2104/index.html", titles=reports)
    spot = make_col("双随机抽查", "ssjcc", ("notice", "other"), NOTICE_ZH, p, date(2026, 10, 30), 10, url_hanweb, lo=10,
                    hi=30, list_path="/col/col2105/index.html")
    cols = [news, notice, policy, rep, spot]
    gov = foreign_items(GOVCN, NOW, 6, govcn_url, "gq")
    body = f"""{zh_top(s.name, weather_widget())}{mega_menu()}
<div class="w1200 clearfix"><div class="fl" style="width:580px">{slide(news.items)}</div>
<div class="fr" style="width:600px">{zh_box("工作动态", news.list_path, zh_list(news.items, f_iso, 8))}</div></div>
<div class="w1200 clearfix">
<div class="fl" style="width:390px">{zh_box("通知公告", notice.list_path, zh_list(notice.items, f_iso, 7))}</div>
<div class="fl" style="width:390px;margin-left:15px">{zh_box("政策文件", policy.list_path, zh_list(policy.items, f_iso, 7))}</div>
<div class="fr" style="width:390px">{zh_box("国务院信息", "http://www.gov.cn/yaowen/", zh_list(gov, f_md, 6, blank=True))}</div></div>
<div class="w1200 clearfix">
<div class="fl" style="width:590px">{zh_box("政府信息公开年报", rep.list_path, zh_list(rep.items, f_iso, 6))}</div>
<div class="fr" style="width:590px">{zh_box("双随机抽查", spot.list_path, zh_list(spot.items, f_iso, 6))}</div></div>
<div class="w1200">{service_block()}{links_select()}</div>
{footer_zh("高桥县市场监督管理局", "湘ICP备17008899号", "4305230033", "", 2017)}"""
    s.pages["/"] = zh_page(s.name, body)
    _register(s, cols, f_iso)
    s.truth = {
        "status": "healthy", "passed": True, "last_updated": date(2026, 11, 24),
        "must": set(), "must_not": {"abandoned", "homepage_stale", "column_stale", "column_empty", "hidden_links",
                                    "spam_content", "broken_link"},
        "home_must": set(), "home_must_not": {"abandoned", "homepage_stale"},
        "columns": _col_truth(cols), "foreign": ["国务院信息"], "page_dates": _page_dates(cols),
    }
    return s


# 7 ------------------------------------------------------------------- Shire of Marrabool: state news feed
EN_NEWS = [
    "Council adopts {y} Annual Budget", "Roadworks update: Bridge Street resurfacing", "Have your say on the draft Open Space Strategy",
    "Mayor's message", "New playground opens at Apex Park", "Kerbside waste collection changes", "Library school holiday program",
    "Community grants round now open", "Recreation reserve masterplan endorsed", "Fire prevention notices issued",
    "Youth Week {y} celebrations", "Australia Day award winners announced", "Ordinary Council Meeting highlights",
    "Flood recovery works progress", "Immunisation sessions at the Civic Centre",
]
STATE = [
    "Premier announces new regional health package", "More support for Victorian farmers facing dry conditions",
    "Major road upgrades to start in the west", "Free kinder to continue in 2027", "New TAFE courses for regional students",
    "Statewide fire season preparedness campaign launched", "Funding boost for country football and netball clubs",
    "Victorian jobs figures released", "Rail line upgrade works this summer", "Cost of living relief payments open",
]

EN_CSS = """body{font-family:"Source Sans Pro",Helvetica,Arial,sans-serif;margin:0;color:#222}a{color:#00506e}
.skip{position:absolute;left:-9999px}.skip:focus{left:0}header.site{background:#00506e;color:#fff}.wrap{max-width:1180px;margin:0 auto;padding:0 16px}
nav.main ul{list-style:none;display:flex;margin:0;padding:0}nav.main li{position:relative}nav.main a{color:#fff;padding:14px 18px;display:block}
nav.main .mega{display:none;position:absolute;background:#fff;width:720px;box-shadow:0 4px 12px rgba(0,0,0,.2)}nav.main li:hover .mega{display:grid;grid-template-columns:repeat(3,1fr)}
nav.main .mega a{color:#00506e}.hero{height:360px;background:#ccc center/cover}.cards{display:grid;grid-template-columns:repeat(3,1fr);gap:20px}
.card h3{font-size:1.1rem}.card time{color:#666;font-size:.85rem}.widget{border:1px solid #ddd;padding:12px;margin:16px 0}
footer.site{background:#1d2b36;color:#cfd8dc;padding:32px 0;margin-top:40px}footer.site a{color:#fff}
.fdr{display:inline-block;padding:6px 10px;background:#f4a300;color:#000;font-weight:bold}"""


def en_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-AU" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title><meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<link rel="stylesheet" href="/themes/custom/marrabool/css/style.css?s9k2pq"><style>{EN_CSS}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-4XK2Q7LM1P');</script>
</head><body class="path-frontpage"><a class="skip" href="#main-content">Skip to main content</a>
{body}
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script><script src="/themes/custom/marrabool/js/global.js?s9k2pq"></script>
</body></html>"""


def en_article(site_name: str, it: Item, fmt: Any) -> str:
    body = f"""<header class="site"><div class="wrap"><a href="/"><img src="/themes/custom/marrabool/logo.svg" alt="{site_name}"></a></div></header>
<main id="main-content" class="wrap"><nav class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a></nav>
<article><h1>{it.title}</h1><p class="meta">Published <time datetime="{it.day.isoformat()}">{fmt(it.day)}</time></p>
<p>{site_name} is pleased to share this update with the community. Residents are encouraged to contact Council's Customer Service team for more information.</p>
<p>For enquiries phone 03 5{_h(it.url) % 900 + 100} 4000 or email council@marrabool.vic.gov.au.</p></article></main>"""
    return en_page(f"{it.title} | {site_name}", body)


def site_marrabool() -> Site:
    s = Site("www.marrabool.vic.gov.au", "Marrabool Shire Council", tz="Australia/Melbourne", lang="en")
    news = make_col("Latest News", "news", ("news",), EN_NEWS, "", date(2025, 7, 14), 18, url_drupal, lo=5, hi=16,
                    stale=True, list_path="/news")
    notices = make_col("Public Notices", "public-notices", ("notice",),
                       ["Public notice: proposed road discontinuance", "Notice of intention to sell land",
                        "Public notice: draft Council Plan", "Notice of Annual General Meeting",
                        "Public notice: proposed lease of Council land", "Notice of Special Council Meeting"],
                       "", date(2025, 6, 30), 10, url_drupal, lo=10, hi=35, stale=True, list_path="/public-notices")
    cols = [news, notices]
    state = foreign_items(STATE, NOW, 6, lambda d, n: f"http://www.premier.vic.gov.au/{STATE[n % len(STATE)].lower().replace(' ', '-')}-{n}", "vic")
    mega = "".join(
        f'<li><a href="/{sec.lower().replace(" ", "-")}">{sec}</a><div class="mega">'
        + "".join(f'<a href="/{sec.lower().replace(" ", "-")}/{x.lower().replace(" ", "-")}">{x}</a>' for x in subs)
        + "</div></li>"
        for sec, subs in [
            ("Services", ["Waste and recycling", "Roads and footpaths", "Animals and pets", "Parking", "Rates", "Libraries",
                          "Maternal and child health", "Aged care", "Youth services", "Emergency management"]),
            ("Planning and Building", ["Planning permits", "Building permits", "Planning scheme", "Heritage",
                                       "Subdivisions", "Septic tanks"]),
            ("Community", ["Grants", "Events", "Arts and culture", "Sport and recreation", "Volunteering",
                           "Reconciliation"]),
            ("Council", ["Councillors", "Council meetings", "Policies", "Publications", "Careers", "Contact us",
                         "Tenders"]),
        ])

    def card(i: Item) -> str:
        return (f'<div class="card"><a href="{i.url}"><img src="/sites/default/files/styles/card/public/news-{_h(i.url) % 99}.jpg" alt=""></a>'
                f'<h3><a href="{i.url}">{i.title}</a></h3><time datetime="{i.day.isoformat()}">{f_en(i.day)}</time></div>')

    state_lis = "".join(
        f'<li><a href="{i.url}" rel="noopener" target="_blank">{i.title}</a> <span class="date">{f_en(i.day)}</span></li>'
        for i in state)
    events = [date(2026, 12, 5), date(2026, 12, 12), date(2027, 1, 26), date(2027, 2, 14)]
    ev_names = ["Christmas Carols in the Park", "Marrabool Twilight Market", "Australia Day Breakfast", "Lakeside Triathlon"]
    ev = "".join(f'<li><a href="/events/{n.lower().replace(" ", "-")}">{n}</a> <time>{f_en(d)}</time></li>'
                 for n, d in zip(ev_names, events, strict=True))
    body = f"""<header class="site"><div class="wrap"><a href="/" class="logo"><img src="/themes/custom/marrabool/logo.svg" alt="Marrabool Shire Council home"></a>
<form action="/search" class="search"><label for="q" class="skip">Search</label><input id="q" name="keys" placeholder="What are you looking for?"><button>Search</button></form>
<nav class="main" aria-label="Main"><ul>{mega}</ul></nav></div></header>
<div class="hero" style="background-image:url(/sites/default/files/hero/lake-marrabool.jpg)"><div class="wrap"><h1>Welcome to Marrabool Shire</h1></div></div>
<main id="main-content" class="wrap">
<section class="quick-links"><a href="/pay">Pay my rates</a> <a href="/report">Report an issue</a> <a href="/bins">Bin day finder</a> <a href="/permits">Apply for a permit</a> <a href="/jobs">Work for us</a></section>
<div class="widget fire"><h2>Fire Danger Rating</h2><p>North Central district: <span class="fdr">HIGH</span> (issued 25/11/2026)</p><p><a href="http://www.cfa.vic.gov.au/warnings-restrictions">CFA warnings and restrictions</a></p></div>
<section class="latest-news"><h2>Latest News</h2><div class="cards">{"".join(card(i) for i in news.items[:6])}</div><p><a href="/news" class="more">View all news</a></p></section>
<section class="public-notices"><h2>Public Notices</h2><ul>{"".join(f'<li><a href="{i.url}">{i.title}</a> <span class="date">{f_en(i.day)}</span></li>' for i in notices.items[:5])}</ul><p><a href="/public-notices">More public notices</a></p></section>
<section class="widget state-feed"><h2>News from the Victorian Government</h2><ul>{state_lis}</ul><p><a href="http://www.premier.vic.gov.au/media-centre" target="_blank">More from the Premier</a></p></section>
<section class="events"><h2>Upcoming Events</h2><ul>{ev}</ul><p><a href="/events">All events</a></p></section>
</main>
<footer class="site"><div class="wrap"><p>Marrabool Shire Council acknowledges the Traditional Owners of the land on which we live and work.</p>
<p>Civic Centre, 1 High Street, Marrabool VIC 3461 | Phone 03 5461 4000 | ABN 42 123 456 789</p>
<p><a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a> | <a href="/copyright">Copyright</a></p>
<p>© 2026 Marrabool Shire Council. Page last updated: 25 November 2026</p></div></footer>"""
    s.pages["/"] = en_page("Home | Marrabool Shire Council", body)
    for c in cols:
        lis = "".join(
            f'<div class="views-row"><h3><a href="{i.url}">{i.title}</a></h3><time datetime="{i.day.isoformat()}">{f_en(i.day)}</time></div>'
            for i in c.items[:15])
        s.pages[c.list_path] = en_page(f"{c.name} | Marrabool Shire Council",
                                       f'<main id="main-content" class="wrap"><h1>{c.name}</h1>{lis}'
                                       f'<nav class="pager"><a href="{c.list_path}?page=1">Next ›</a></nav></main>')
        for it in c.items:
            s.articles[it.url] = it
            s.pages[it.url] = en_article(s.name, it, f_en)
    s.truth = {
        "status": "zombie", "passed": False, "last_updated": date(2025, 7, 14),
        "must": {"abandoned", "homepage_stale"}, "must_not": {"hidden_links", "spam_content", "future_dated"},
        "home_must": {"abandoned", "homepage_stale"}, "home_must_not": set(),
        "columns": _col_truth(cols), "foreign": ["News from the Victorian Government"], "page_dates": _page_dates(cols),
    }
    return s


# 8 ------------------------------------------------------------------- 竹溪鄉公所 (traditional, ROC): 行政院新聞 box
NEWS_TW = [
    "竹溪鄉{y}年度農民節表揚大會", "鄉長率隊視察道路改善工程", "竹溪鄉辦理防災演練", "敬老重陽活動圓滿落幕",
    "竹溪鄉登革熱防治宣導", "鄉公所辦理環境清潔日活動", "社區關懷據點成果展", "竹溪鄉公所與農會合辦農產品展售",
    "竹溪鄉辦理兒童節親子活動", "颱風過後災情勘查", "鄉立圖書館暑期閱讀活動", "竹溪鄉公所辦理節能宣導",
]
NOTICE_TW = [
    "{y}年度低收入戶調查公告", "公告本鄉老人健保補助申請事項", "本所{y}年度約僱人員甄選簡章", "公告本鄉路燈維修專線",
    "公告辦理國民年金宣導", "本鄉垃圾清運時間調整公告", "公告徵求社區活動中心管理人", "停電通知",
]
EY = ["行政院會通過「115年度中央政府總預算案」修正", "卓揆視察冬季防疫整備", "行政院公布11月經濟成長預測",
      "行政院會通過住宅法修正草案", "政院核定偏鄉交通改善計畫", "行政院啟動打詐新綱領第二期"]


def site_zhuxi() -> Site:
    s = Site("www.zhuxi.gov.tw", "竹溪鄉公所", tz="Asia/Taipei")
    news = make_col("最新消息", "news", ("news",), NEWS_TW, "", date(2023, 8, 15), 16, url_tw, lo=5, hi=20, stale=True,
                    list_path="/News.aspx?n=351&sms=9760")
    notice = make_col("公告事項", "notice", ("notice",), NOTICE_TW, "", date(2023, 7, 3), 12, url_tw, lo=10, hi=30,
                      stale=True, list_path="/News.aspx?n=352&sms=9761")
    cols = [news, notice]
    ey = foreign_items(EY, NOW, 6, lambda d, n: f"http://www.ey.gov.tw/Page/9277F759E41CCD91/{n:x}-{d:%Y%m%d}", "ey")
    menu = "".join(f'<li><a href="/cp.aspx?n={400 + i}">{t}</a></li>' for i, t in enumerate(
        ["認識竹溪", "鄉長介紹", "組織架構", "業務職掌", "便民服務", "表單下載", "政府資訊公開", "觀光旅遊", "農特產品",
         "意見信箱", "性別平等專區", "主計資訊"]))

    def tw_list(items: list[Item], n: int) -> str:
        return ('<table class="list" summary="列表"><tr><th scope="col">標題</th><th scope="col">發布日期</th></tr>'
                + "".join(f'<tr><td><a href="{i.url}" title="{i.title}">{i.title}</a></td><td>{f_roc(i.day)}</td></tr>'
                          for i in items[:n]) + "</table>")

    ey_lis = "".join(f'<li><a href="{i.url}" target="_blank" title="{i.title}(另開新視窗)">{i.title}</a><span>{f_roc(i.day)}</span></li>'
                     for i in ey)
    body = f"""<div class="accesskey"><a href="#U" accesskey="U" title="上方功能區塊">:::</a></div>
<header><div class="w1200"><h1><a href="/"><img src="/images/logo.png" alt="竹溪鄉公所"></a></h1>
<div class="topnav"><a href="/sitemap.aspx">網站導覽</a> | <a href="/">回首頁</a> | <a href="/en/">English</a> | <a href="/rss.aspx">RSS</a></div>
<div class="weather">今日天氣 {NOW.year - 1911}年{NOW.month}月{NOW.day}日 星期三 晴時多雲 18~26°C 空氣品質 AQI 45 良好</div></div></header>
<nav><ul class="menu">{menu}</ul></nav>
<div class="w1200 clearfix"><div class="fl" style="width:780px">
<div class="box"><div class="hd clearfix"><h3>最新消息</h3><a class="more" href="{news.list_path}">更多最新消息</a></div>{tw_list(news.items, 8)}</div>
<div class="box"><div class="hd clearfix"><h3>公告事項</h3><a class="more" href="{notice.list_path}">更多公告事項</a></div>{tw_list(notice.items, 6)}</div>
</div><div class="fr" style="width:400px">
<div class="box"><div class="hd clearfix"><h3>行政院新聞</h3><a class="more" href="http://www.ey.gov.tw/Page/6485009ABEC1CB9C" target="_blank">更多</a></div><ul class="list">{ey_lis}</ul></div>
{calendar_widget().replace("2026年11月 农历十月初七", "115年11月")}
<div class="box"><p>瀏覽人次：1,204,331　今日人次：58</p></div></div></div>
<footer><p>竹溪鄉公所 地址：雲林縣竹溪鄉中正路1號 電話：(05)598-1234 傳真：(05)598-5678</p>
<p>服務時間：週一至週五 08:00-12:00、13:30-17:30</p><p>Copyright © 2026 竹溪鄉公所 All Rights Reserved. 最後更新日期：{NOW.year - 1911}-{NOW:%m-%d}</p>
<p><a href="http://accessibility.moda.gov.tw/Applications/Detail?category=20231115180522" title="無障礙網站"><img src="/images/aa.png" alt="通過AA無障礙網頁檢測"></a></p></footer>"""
    html = zh_page("竹溪鄉公所", body).replace("utf-8", "utf-8", 1).replace('<html xmlns="http://www.w3.org/1999/xhtml">',
                                                                         '<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-Hant-TW">')
    s.pages["/"] = html
    for c in cols:
        s.pages[c.list_path] = zh_page(f"{c.name}-竹溪鄉公所", f'<div class="w1200"><h2>{c.name}</h2>{tw_list(c.items, 15)}'
                                       f'<div class="page">共 {len(c.items) + 40} 筆資料，第 1/4 頁 <a href="{c.list_path}&amp;page=2">下一頁</a></div></div>')
        for it in c.items:
            s.articles[it.url] = it
            s.pages[it.url] = zh_page(f"{it.title}-竹溪鄉公所", f'<div class="w1200"><h2>{it.title}</h2>'
                                      f'<ul class="info"><li>發布日期：{f_roc(it.day)}</li><li>發布單位：竹溪鄉公所</li></ul>'
                                      f'<div class="cp"><p>{it.title}，敬請鄉親踴躍參與。</p></div></div>')
    s.truth = {
        "status": "zombie", "passed": False, "last_updated": date(2023, 8, 15),
        "must": {"abandoned", "homepage_stale"}, "must_not": {"hidden_links", "spam_content"},
        "home_must": {"abandoned", "homepage_stale"}, "home_must_not": set(),
        "columns": _col_truth(cols), "foreign": ["行政院新聞"], "page_dates": _page_dates(cols),
    }
    return s


# 9 ------------------------------------------------------------------- 南岭市人社局: script-fed provincial list, stale 7 weeks
def site_nanling() -> Site:
    p = "南岭市人力资源和社会保障局"
    s = Site("www.nanling-rsj.gov.cn", p)
    news = make_col("工作动态", "gzdt", ("news",), NEWS_ZH, "市人社局", date(2026, 10, 8), 20, url_trs, lo=2, hi=7,
                    stale=True)
    notice = make_col("通知公告", "tzgg", ("notice",), NOTICE_ZH, p, date(2026, 9, 30), 16, url_trs, lo=6, hi=20)
    hire = make_col("招聘信息", "zpxx", ("personnel",), PERSONNEL_ZH, "市直事业单位", date(2026, 9, 15), 14, url_trs, lo=8, hi=25)
    policy = make_col("政策法规", "zcfg", ("policy",), POLICY_ZH, "南岭市人社局", date(2026, 6, 11), 12, url_trs, lo=15, hi=45)
    cols = [news, notice, hire, policy]
    prov = foreign_items(PROVINCE, NOW, 8, lambda d, n: f"http://www.gd.gov.cn/gdywdt/gdyw/content/post_{n}.html", "gd")
    data = ",".join(f'{{"title":"{i.title}","url":"{i.url}","date":"{i.day.isoformat()}"}}' for i in prov)
    script_box = f"""<div class="box"><div class="hd clearfix"><h3>省政府要闻</h3><a class="more" href="http://www.gd.gov.cn/gdywdt/gdyw/" target="_blank">更多&gt;&gt;</a></div>
<div class="bd"><ul class="list" id="szfyw"></ul></div></div>
<script type="text/javascript">
var szfywData = [{data}];
(function(){{var h="";for(var i=0;i<szfywData.length&&i<7;i++){{var o=szfywData[i];
h+='<li><a href="'+o.url+'" target="_blank">'+o.title+'</a><span>'+o.date+'</span></li>';}}
document.getElementById("szfyw").innerHTML=h;}})();
</script>"""
    aqi = (f'<div class="weather">南岭 {TODAY_CN} 晴 12℃~23℃ <span>空气质量指数：48 优</span> '
           f'<span>PM2.5：21μg/m³</span> <span>发布时间：{NOW.isoformat()} 09:00</span></div>')
    body = f"""{zh_top(s.name, aqi)}{mega_menu()}
<div class="w1200 clearfix"><div class="fl" style="width:580px">{slide(news.items)}</div>
<div class="fr" style="width:600px">{zh_box("工作动态", news.list_path, zh_list(news.items, f_bmd, 8))}</div></div>
<div class="w1200 clearfix">
<div class="fl" style="width:390px">{zh_box("通知公告", notice.list_path, zh_list(notice.items, f_bmd, 7))}</div>
<div class="fl" style="width:390px;margin-left:15px">{zh_box("招聘信息", hire.list_path, zh_list(hire.items, f_bmd, 7))}</div>
<div class="fr" style="width:390px">{script_box}</div></div>
<div class="w1200 clearfix"><div class="fl" style="width:590px">{zh_box("政策法规", policy.list_path, zh_list(policy.items, f_iso, 6))}</div>
<div class="fr" style="width:590px">{service_block()}</div></div>
<div class="w1200">{links_select()}</div>
{footer_zh(p, "粤ICP备13056789号", "4412000019", "", 2013)}"""
    s.pages["/"] = zh_page(s.name, body)
    _register(s, cols, f_iso)
    s.truth = {
        "status": "stale", "passed": False, "last_updated": date(2026, 10, 8),
        "must": {"homepage_stale", "column_stale"}, "must_not": {"abandoned", "hidden_links", "spam_content"},
        "home_must": {"homepage_stale"}, "home_must_not": {"abandoned"},
        "columns": _col_truth(cols), "foreign": ["省政府要闻"], "page_dates": _page_dates(cols),
    }
    return s


# 10 ------------------------------------------------------------------ 丰溪县: live county with a gov.cn box (healthy)
def site_fengxi() -> Site:
    p = "丰溪县"
    s = Site("www.fengxi.gov.cn", "丰溪县人民政府")
    news = make_col("丰溪要闻", "fxyw", ("news",), NEWS_ZH, p, date(2026, 11, 25), 24, url_trs, lo=0, hi=2)
    dept = make_col("部门动态", "bmdt", ("news",), NEWS_ZH, "县发展改革局", date(2026, 11, 24), 20, url_trs, lo=1, hi=3)
    town = make_col("乡镇动态", "xzdt", ("news",), NEWS_ZH, "石门镇", date(2026, 11, 23), 20, url_trs, lo=1, hi=4)
    notice = make_col("通知公告", "tzgg", ("notice",), NOTICE_ZH, p, date(2026, 11, 20), 18, url_trs, lo=3, hi=9)
    policy = make_col("政策文件", "zcwj", ("policy",), POLICY_ZH, "丰溪县人民政府", date(2026, 10, 28), 14, url_trs, lo=10, hi=30)
    pers = make_col("人事信息", "rsxx", ("personnel",), PERSONNEL_ZH, p, date(2026, 11, 2), 12, url_trs, lo=10, hi=30)
    cols = [news, dept, town, notice, policy, pers]
    gov = foreign_items(GOVCN, NOW, 8, govcn_url, "fengxi")
    body = f"""{zh_top(s.name, weather_widget())}{mega_menu()}
<div class="w1200 clearfix"><div class="fl" style="width:580px">{slide(news.items)}</div>
<div class="fr tabbox" style="width:600px"><div class="tab-hd"><ul><li class="on"><a href="{news.list_path}">丰溪要闻</a></li><li><a href="{dept.list_path}">部门动态</a></li><li><a href="{town.list_path}">乡镇动态</a></li></ul></div>
<div class="tab-bd"><div class="panel on">{zh_list(news.items, f_bmd, 8)}</div><div class="panel">{zh_list(dept.items, f_bmd, 8)}</div><div class="panel">{zh_list(town.items, f_bmd, 8)}</div></div></div></div>
<div class="w1200 clearfix">
<div class="fl" style="width:390px">{zh_box("国务院信息", "http://www.gov.cn/yaowen/", zh_list(gov, f_md, 8, blank=True))}</div>
<div class="fl" style="width:390px;margin-left:15px">{zh_box("通知公告", notice.list_path, zh_list(notice.items, f_md, 8))}</div>
<div class="fr" style="width:390px">{zh_box("政策文件", policy.list_path, zh_list(policy.items, f_md, 8))}</div></div>
<div class="w1200 clearfix"><div class="fl" style="width:590px">{zh_box("人事信息", pers.list_path, zh_list(pers.items, f_iso, 6))}</div>
<div class="fr" style="width:590px">{calendar_widget()}</div></div>
<div class="w1200">{service_block()}{links_select()}</div>
{footer_zh("丰溪县人民政府办公室", "赣ICP备05001234号", "3611240001", stamp_footer_line(), 2005)}"""
    s.pages["/"] = zh_page(s.name, body)
    _register(s, cols, f_iso)
    s.truth = {
        "status": "healthy", "passed": True, "last_updated": date(2026, 11, 25),
        "must": set(), "must_not": {"abandoned", "homepage_stale", "column_stale", "column_empty", "hidden_links",
                                    "spam_content", "broken_link"},
        "home_must": set(), "home_must_not": {"abandoned", "homepage_stale"},
        "columns": _col_truth(cols), "foreign": ["国务院信息"], "page_dates": _page_dates(cols),
    }
    return s


# 11 ------------------------------------------------------------------ 塘口镇: notices fresh, news dead 30 days (stale)
def site_tangkou() -> Site:
    p = "塘口镇"
    s = Site("www.tangkou.gov.cn", "塘口镇人民政府")
    news = make_col("镇务动态", "zwdt", ("news",), NEWS_ZH, p, date(2026, 10, 26), 20, url_hanweb, lo=2, hi=6, stale=True,
                    list_path="/col/col5101/index.html")
    notice = make_col("通知公告", "tzgg", ("notice",), NOTICE_ZH, p, date(2026, 8, 10), 14, url_hanweb, lo=8, hi=25,
                      list_path="/col/col5102/index.html")
    gs = make_col("公示公告", "gsgg", ("notice",), NOTICE_ZH, p, date(2026, 7, 2), 10, url_hanweb, lo=10, hi=30,
                  list_path="/col/col5103/index.html")
    cols = [news, notice, gs]
    gov = foreign_items(GOVCN, NOW, 6, govcn_url, "tangkou")
    body = f"""{zh_top(s.name, '<span id="today">' + TODAY_CN + ' 星期三</span>')}{mega_menu()}
<div class="w1200 clearfix"><div class="fl" style="width:580px">{slide(news.items, 4)}</div>
<div class="fr" style="width:600px">{zh_box("镇务动态", news.list_path, zh_list(news.items, f_iso, 8))}</div></div>
<div class="w1200 clearfix">
<div class="fl" style="width:390px">{zh_box("通知公告", notice.list_path, zh_list(notice.items, f_iso, 7))}</div>
<div class="fl" style="width:390px;margin-left:15px">{zh_box("公示公告", gs.list_path, zh_list(gs.items, f_iso, 7))}</div>
<div class="fr" style="width:390px">{zh_box("中国政府网", "http://www.gov.cn/", zh_list(gov, f_iso, 6, blank=True))}</div></div>
<div class="w1200 clearfix"><div class="fl" style="width:590px">{calendar_widget()}</div><div class="fr" style="width:590px">{service_block()}</div></div>
<div class="w1200">{links_select()}</div>
{footer_zh("塘口镇人民政府", "苏ICP备09045678号", "3212810040", "", 2009)}"""
    s.pages["/"] = zh_page(s.name, body)
    _register(s, cols, f_iso)
    s.truth = {
        "status": "stale", "passed": False, "last_updated": date(2026, 10, 26),
        "must": {"homepage_stale", "column_stale"}, "must_not": {"abandoned", "hidden_links", "spam_content"},
        "home_must": {"homepage_stale"}, "home_must_not": {"abandoned"},
        "columns": _col_truth(cols), "foreign": ["中国政府网"], "page_dates": _page_dates(cols),
    }
    return s


# 12 ------------------------------------------------------------------ Little Harwick PC (UK): GOV.UK box, weather (stale)
def site_harwick() -> Site:
    s = Site("www.littleharwick-pc.gov.uk", "Little Harwick Parish Council", tz="Europe/London", lang="en")
    news = make_col("Latest News", "news", ("news",),
                    ["Village hall roof repairs complete", "Defibrillator training evening", "Speedwatch volunteers needed",
                     "Parish litter pick", "Footpath 12 reopened", "Allotment vacancies", "Remembrance Sunday arrangements",
                     "Precept set for the coming year", "Christmas lights switch-on", "Grass cutting schedule"],
                    "", date(2026, 10, 14), 14, url_wp, lo=6, hi=20, stale=True, list_path="/category/news/")
    notices = make_col("Notices", "notices", ("notice",),
                       ["Notice of conclusion of audit", "Notice of vacancy in the office of councillor",
                        "Road closure: Mill Lane", "Notice of public rights", "Planning application consultation"],
                       "", date(2026, 9, 2), 8, url_wp, lo=15, hi=40, list_path="/category/notices/")
    cols = [news, notices]
    govuk = foreign_items(["Chancellor sets out plans for growth", "New guidance for parish and town councils",
                           "Flood warnings issued across England", "Winter fuel payment: what you need to know",
                           "Government launches rural broadband voucher scheme", "Local elections: register to vote"],
                          NOW - timedelta(days=1), 5,
                          lambda d, n: f"http://www.gov.uk/government/news/item-{n}", "govuk")

    def li(i: Item) -> str:
        return f'<li><a href="{i.url}">{i.title}</a> <span class="posted-on">{f_en(i.day)}</span></li>'

    body = f"""<header class="site"><div class="wrap"><a href="/"><img src="/wp-content/uploads/2019/03/crest.png" alt="Little Harwick Parish Council"></a>
<nav class="main"><ul><li><a href="/">Home</a></li><li><a href="/the-council/">The Council</a><div class="mega"><a href="/councillors/">Councillors</a><a href="/meetings/">Meetings</a><a href="/minutes/">Minutes</a><a href="/policies/">Policies</a><a href="/finance/">Finance</a><a href="/transparency/">Transparency</a></div></li>
<li><a href="/village/">The Village</a><div class="mega"><a href="/village-hall/">Village Hall</a><a href="/church/">St Mary's Church</a><a href="/school/">School</a><a href="/clubs/">Clubs and societies</a><a href="/history/">History</a></div></li><li><a href="/contact/">Contact</a></li></ul></nav></div></header>
<main id="main-content" class="wrap">
<section class="widget weather"><h2>Weather</h2><p>Wed 25 Nov: light rain, 9°C / 4°C</p><p><a href="http://www.metoffice.gov.uk/weather/forecast/gcqz1w9ny">Met Office forecast</a></p></section>
<section><h2>Latest News</h2><ul>{"".join(li(i) for i in news.items[:6])}</ul><p><a href="/category/news/">More news</a></p></section>
<section><h2>Notices</h2><ul>{"".join(li(i) for i in notices.items[:5])}</ul><p><a href="/category/notices/">All notices</a></p></section>
<section class="widget"><h2>Latest from GOV.UK</h2><ul>{"".join(li(i) for i in govuk)}</ul></section>
<section class="widget"><h2>Next meeting</h2><p>Parish Council meeting, Village Hall, 7.30pm, <strong>Thursday 10 December 2026</strong>. Agenda published three clear days before.</p></section>
</main><footer class="site"><div class="wrap"><p>© 2026 Little Harwick Parish Council. Clerk: clerk@littleharwick-pc.gov.uk</p>
<p><a href="/privacy-notice/">Privacy notice</a> | <a href="/accessibility-statement/">Accessibility statement</a> | <a href="/cookies/">Cookies</a></p></div></footer>"""
    s.pages["/"] = en_page("Little Harwick Parish Council", body).replace('lang="en-AU"', 'lang="en-GB"')
    for c in cols:
        arts = "".join(f'<article><h2><a href="{i.url}">{i.title}</a></h2><span class="posted-on">Posted on <time datetime="{i.day.isoformat()}">{f_en(i.day)}</time></span></article>'
                       for i in c.items[:10])
        s.pages[c.list_path] = en_page(f"{c.name} – Little Harwick Parish Council", f'<main class="wrap"><h1>{c.name}</h1>{arts}'
                                       f'<nav class="nav-links"><a href="{c.list_path}page/2/">Older posts</a></nav></main>')
        for it in c.items:
            s.articles[it.url] = it
            s.pages[it.url] = en_article(s.name, it, f_en)
    s.truth = {
        "status": "stale", "passed": False, "last_updated": date(2026, 10, 14),
        "must": {"homepage_stale", "column_stale"}, "must_not": {"abandoned", "hidden_links", "spam_content"},
        "home_must": {"homepage_stale"}, "home_must_not": {"abandoned"},
        "columns": _col_truth(cols), "foreign": ["Latest from GOV.UK"], "page_dates": _page_dates(cols),
    }
    return s


GK_DIR = ["机构概况", "领导简介", "内设机构", "下属单位", "规范性文件", "规划计划", "财政资金", "统计信息", "重点领域",
          "政府采购", "公共资源交易", "建议提案办理", "应急管理", "环境保护", "食品药品", "安全生产", "教育", "医疗卫生",
          "社会保障", "就业创业", "扶贫救助", "征地拆迁", "保障性住房", "价格收费", "审计结果", "行政执法公示", "双随机一公开",
          "权责清单", "人大代表建议", "政协委员提案", "重大决策预公开", "政策执行", "新闻发布会", "政务舆情回应",
          "信息公开指南", "信息公开制度", "依申请公开", "年度报告", "减税降费", "营商环境"]
ZT = ["学习贯彻党的二十大精神", "优化营商环境", "乡村振兴", "安全生产月", "扫黑除恶常态化", "全国文明城市创建",
      "法治政府建设", "民法典宣传", "平安建设", "河长制", "政务公开", "防范非法集资"]
TOWNS_SEL = ["城关镇", "东关街道", "西关街道", "石门镇", "白石镇", "大坪乡", "龙潭镇", "新桥镇", "长塘镇", "黄泥乡",
             "金溪镇", "柳树乡", "青山镇", "马头镇", "桃花乡", "梅林镇"]
DEPTS_SEL = ["发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局",
             "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局",
             "商务局", "文化旅游广电体育局", "卫生健康局", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局",
             "统计局", "医疗保障局", "林业局", "城市管理局", "行政审批服务局", "信访局"]


def zh_more_chrome() -> str:
    gk = "".join(f'<li><a href="/zwgk/ml{i:02d}/">{t}</a></li>' for i, t in enumerate(GK_DIR))
    zt = "".join(f'<li><a href="/ztzl/zt{i:02d}/"><img src="/images/zt/zt{i:02d}.jpg" alt="{t}" /><span>{t}</span></a></li>'
                 for i, t in enumerate(ZT))
    towns = "".join(f'<option value="/xzwz/{i}/">{t}</option>' for i, t in enumerate(TOWNS_SEL))
    depts = "".join(f'<option value="/bmwz/{i}/">{t}</option>' for i, t in enumerate(DEPTS_SEL))
    hd = ('<div class="box"><div class="hd clearfix"><h3>政民互动</h3></div><div class="bd hdjl">'
          '<a href="/hdjl/xzxx/">县长信箱</a><a href="/hdjl/zxts/">咨询投诉</a><a href="/hdjl/zxft/">在线访谈</a>'
          '<a href="/hdjl/yjzj/">意见征集</a><a href="/hdjl/wsdc/">网上调查</a><a href="/hdjl/cjwt/">常见问题解答</a>'
          '<p>办理流程：提交 → 受理 → 转办 → 办结 → 公开，一般咨询类信件5个工作日内答复。</p></div></div>')
    return (f'<div class="w1200 clearfix"><div class="fl" style="width:590px"><div class="box"><div class="hd clearfix"><h3>政府信息公开</h3>'
            f'<a class="more" href="/zwgk/">进入&gt;&gt;</a></div><div class="bd"><ul class="gkml clearfix">{gk}</ul></div></div></div>'
            f'<div class="fr" style="width:590px">{hd}</div></div>'
            f'<div class="w1200 box zt"><div class="hd clearfix"><h3>专题专栏</h3><a class="more" href="/ztzl/">更多&gt;&gt;</a></div>'
            f'<div class="bd"><ul class="clearfix">{zt}</ul></div></div>'
            f'<div class="w1200 box links2"><select onchange="if(this.value)location.href=this.value"><option value="">--乡镇网站--</option>{towns}</select>'
            f'<select onchange="if(this.value)location.href=this.value"><option value="">--部门网站--</option>{depts}</select></div>')


def zh_mobile_nav() -> str:
    lis = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u, _ in MEGA_ZH)
    return f'<div class="m-nav" id="mNav" style="display:none"><ul>{lis}</ul></div>'


EN_MORE = """<section class="wrap your-council"><h2>Your Council</h2><div class="cards">{cards}</div></section>
<section class="wrap acknowledgement"><p>We are committed to the safety and wellbeing of children and young people. If you need an interpreter call 131 450.</p></section>"""
EN_TOPICS = ["Rates and valuations", "Bins and recycling", "Pets and animals", "Roads and drains", "Parks and reserves",
             "Sport and leisure", "Libraries", "Arts and culture", "Children and families", "Older people",
             "Disability and inclusion", "Business and economy", "Tourism", "Environment and sustainability",
             "Emergencies and safety", "Planning", "Building", "Local laws", "Grants and funding", "Careers",
             "Tenders and contracts", "Council meetings", "Councillors", "Have your say", "Publications and reports",
             "Policies and strategies", "Freedom of information", "Complaints", "Contact us", "Customer service"]


def _bulk(site: Site) -> None:
    home = site.pages["/"]
    if site.lang == "zh" and '<div class="footer">' in home:
        home = home.replace('<div class="footer">', zh_more_chrome() + '<div class="footer">', 1)
    elif site.lang == "zh":
        home = home.replace("<footer>", zh_more_chrome() + "<footer>", 1)
    else:
        cards = "".join(f'<div class="card"><a href="/{t.lower().replace(" ", "-")}"><svg viewBox="0 0 24 24" width="32" height="32"'
                        f' aria-hidden="true"><path d="M12 2L2 7v13h20V7z"/></svg><h3>{t}</h3></a></div>' for t in EN_TOPICS)
        home = home.replace('<footer class="site">', EN_MORE.format(cards=cards) + '<footer class="site">', 1)
    home = home.replace("<body>", "<body>" + (zh_mobile_nav() if site.lang == "zh" else ""), 1)
    site.pages["/"] = home


for _b in (site_yanxi, site_linjiang, site_hexi, site_dongpu, site_pingyuan, site_gaoqiao, site_marrabool, site_zhuxi,
           site_nanling, site_fengxi, site_tangkou, site_harwick):
    SITES.append(_b())
    _bulk(SITES[-1])

HOSTS = {s.host: s for s in SITES}

GENERIC_FOREIGN = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{host}</title></head>
<body><div class="content"><h1>{host}</h1><p>页面内容 / page content.</p></div></body></html>"""

_STATIC = re.compile(r"\.(png|jpe?g|gif|svg|ico|css|js|woff2?)(\?.*)?$")


def serve(host: str, path_qs: str) -> tuple[int, str, str]:
    """(status, content type, body) for any URL the pages link to."""
    path = path_qs.split("?")[0]
    if path == "/robots.txt":
        return 404, "text/plain", "not found"
    if _STATIC.search(path):
        ctype = "text/css" if path.endswith(".css") else "application/javascript" if path.endswith(".js") else "image/png"
        return 200, ctype, "/* static */" if ctype != "image/png" else "PNG"
    site = HOSTS.get(host)
    if site is not None:
        page = site.pages.get(path_qs) or site.pages.get(path)
        if page is not None:
            return 200, "text/html; charset=utf-8", page
        # menus, services, help pages: a plain inner page
        return 200, "text/html; charset=utf-8", GENERIC_FOREIGN.format(host=site.name)
    pages = FOREIGN_HOSTS.get(host, {})
    page = pages.get(path_qs) or pages.get(path)
    return 200, "text/html; charset=utf-8", page or GENERIC_FOREIGN.format(host=host)


FOREIGN_ONLY_HOSTS = sorted(
    {h for s in SITES for h in re.findall(r"""(?:href|src|value)=["']https?://([A-Za-z0-9.-]+)""", "".join(s.pages.values()))}
    - set(HOSTS)
)
