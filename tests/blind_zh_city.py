"""Blind evaluation: prefecture-level city (地级市) and district (区) government portals.

Written from how such portals are built in 2024-2026 by the common vendors (TRS WCM
templates with ``<!--TRS-->`` comments and ``createPageHTML`` pagers, 开普云/Ucap, 南威,
中软, 政务公开 platforms under ``/zwgk/``), BEFORE the crawler was run on them; the
truth below was written at the same time (see the commit "blind: pages and truth,
written before any scan").

The clock is fixed: NOW = 2026-11-26 (a Thursday).  Each site is a dict of pages
(path -> HTML) plus its truth at depth ``full`` and at depth ``home``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

NOW = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
TODAY = dt.date(2026, 11, 26)


# --------------------------------------------------------------------------- truth


@dataclass(frozen=True)
class ColumnTruth:
    name: str  # the heading as the page shows it
    type: str  # news / notice / policy / personnel / planning / finance / statistics / interaction / other
    newest: dt.date | None  # newest past item date (None: no dated item)
    empty: bool = False


@dataclass(frozen=True)
class SiteTruth:
    status: str
    passed: bool
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    # depth home (the sweep)
    home_status: str = "healthy"
    home_passed: bool = True
    home_must: tuple[str, ...] = ()
    home_must_not: tuple[str, ...] = ()
    last_updated: dt.date | None = None
    columns: tuple[ColumnTruth, ...] = ()
    # counts where a finding's count matters
    counts: dict[str, int] = field(default_factory=dict)
    # pages' own dates (inspect's page_date) by path; None: the page has no date of its own
    page_dates: dict[str, dt.date | None] = field(default_factory=dict)
    note: str = ""


@dataclass
class BlindSite:
    key: str
    host: str
    name: str
    pages: dict[str, str]
    truth: SiteTruth


# every freshness/hijack code a healthy portal must not get
_BAD = (
    "homepage_stale",
    "column_stale",
    "column_empty",
    "unanswered_messages",
    "abandoned",
    "future_dated",
    "spam_content",
    "hidden_links",
    "placeholder_page",
    "default_server_page",
    "parked_domain",
    "undated",
)


def _without(*codes: str) -> tuple[str, ...]:
    return tuple(c for c in _BAD if c not in codes)


# --------------------------------------------------------------------------- vocab

_DEPTS = [
    ("fgw", "发展和改革委员会"), ("jyj", "教育局"), ("kjj", "科学技术局"), ("gxj", "经济和信息化局"),
    ("mzj", "民族宗教事务局"), ("gaj", "公安局"), ("mzj2", "民政局"), ("sfj", "司法局"),
    ("czj", "财政局"), ("rsj", "人力资源和社会保障局"), ("zrzyj", "自然资源和规划局"),
    ("sthjj", "生态环境局"), ("zjj", "住房和城乡建设局"), ("jtysj", "交通运输局"), ("slj", "水利局"),
    ("nyncj", "农业农村局"), ("swj", "商务局"), ("wglj", "文化广电旅游局"), ("wjw", "卫生健康委员会"),
    ("tyjrj", "退役军人事务局"), ("yjj", "应急管理局"), ("sjj", "审计局"), ("gzw", "国有资产监督管理委员会"),
    ("scjgj", "市场监督管理局"), ("tyj", "体育局"), ("tjj", "统计局"), ("ybj", "医疗保障局"),
    ("cgj", "城市管理和综合执法局"), ("lyj", "林业局"), ("xfj", "信访局"), ("xzspj", "行政审批局"),
    ("sjzyj", "数据局"), ("jgswj", "机关事务管理局"), ("tzcjj", "投资促进局"), ("gxs", "供销合作社"),
    ("zgj", "住房公积金管理中心"), ("qxj", "气象局"), ("yzj", "邮政管理局"), ("swj2", "税务局"),
    ("rfb", "人民防空办公室"),
]
_SUBS = [
    ("jgzn", "机构职能"), ("ldxx", "领导信息"), ("gzdt", "工作动态"), ("tzgg", "通知公告"),
    ("zcwj", "政策文件"), ("ghjh", "规划计划"), ("czzj", "财政资金"), ("rsxx", "人事信息"),
    ("xzzf", "行政执法"), ("jytabl", "建议提案办理"), ("zfcg", "政府采购"), ("gzbg", "工作报告"),
    ("ndbg", "政府信息公开年报"), ("sgs", "双公示"), ("qzqd", "权责清单"),
]
_TOWNS = [
    "城关镇", "东城街道", "西城街道", "南郊街道", "北坝镇", "白马镇", "青石镇", "龙泉镇", "石桥镇",
    "新场镇", "高坪镇", "太平镇", "双河镇", "金山镇", "柳溪乡", "红岩乡", "三江镇", "永安镇",
    "长乐镇", "马鞍镇", "清平镇", "桃园镇", "凤鸣镇", "大兴镇", "安乐镇", "观音镇", "河口镇",
]


def _mega_menu(prefix: str, sections: list[tuple[str, str]], per: int = 75, style: str = "trs") -> str:
    """A portal's mega menu: top items, each with a drop-down panel of department links."""
    out = []
    if style == "trs":
        out.append('<div class="nav-wrap"><div class="w1200"><ul class="nav clearfix" id="nav">')
        out.append(f'<li class="nav-item on"><a href="{prefix}/" target="_self">首页</a></li>')
    else:
        out.append('<nav class="g-nav"><div class="container"><ul class="g-nav-list">')
        out.append(f'<li><a class="nav-home" href="{prefix}/index.html">网站首页</a></li>')
    n = 0
    for slug, label in sections:
        out.append(f'<li class="nav-item"><a href="{prefix}/{slug}/" target="_self">{label}</a>')
        out.append('<div class="nav-drop" style="display:none"><div class="drop-inner clearfix">')
        for i in range(per):
            d_slug, d_name = _DEPTS[(i + n) % len(_DEPTS)]
            s_slug, s_name = _SUBS[(i // len(_DEPTS) + n) % len(_SUBS)]
            out.append(
                f'<dl class="drop-col"><dd><a href="{prefix}/{slug}/{d_slug}/{s_slug}/" '
                f'title="{d_name}{s_name}" target="_blank">{d_name}{s_name}</a></dd></dl>'
            )
        n += 7
        out.append("</div></div></li>")
    out.append("</ul></div></div>" if style == "trs" else "</ul></div></nav>")
    return "\n".join(out)


def _links_select(title: str, names: list[str], base: str) -> str:
    opts = "".join(f'<option value="{base}{i:02d}/">{n}</option>' for i, n in enumerate(names))
    return (
        f'<div class="yqlj-item"><select onchange="if(this.value)window.open(this.value)">'
        f'<option value="">{title}</option>{opts}</select></div>'
    )


def _footer(name: str, code: str, icp: str, gongan: str, years: str, host_org: str, extra: str = "") -> str:
    return f"""
<div class="footer">
  <div class="w1200 clearfix">
    <div class="yqlj clearfix">
      <span class="yqlj-tit">友情链接：</span>
      {_links_select("国务院部门网站", ["外交部", "国防部", "国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部", "公安部", "民政部", "司法部", "财政部"], "http://www.gov.cn/bm/")}
      {_links_select("省级政府网站", ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽"], "http://www.gov.cn/sj/")}
      {_links_select("区县政府网站", _TOWNS[:12], "/qxzf/")}
      {_links_select("市级部门网站", [d for _, d in _DEPTS[:30]], "/bmwz/")}
    </div>
    <div class="ft-links"><a href="/wzdt/">网站地图</a>|<a href="/lxwm/">联系我们</a>|<a href="/wzsm/">网站声明</a>|<a href="/yssm/">隐私声明</a>|<a href="/ndbb/">网站工作年度报表</a></div>
    <div class="ft-info">
      <a class="dzjg" href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D4E5F" target="_blank"><img src="/images/dzjg.png" alt="党政机关" width="60" height="72"></a>
      <div class="ft-txt">
        <p>主办单位：{name}办公室&nbsp;&nbsp;承办单位：{host_org}&nbsp;&nbsp;版权所有 © {years} {name}</p>
        <p>网站标识码：{code}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>&nbsp;&nbsp;
        <img src="/images/gongan.png" alt=""><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={gongan}" target="_blank">川公网安备 {gongan}号</a></p>
        <p>联系电话：0839-3265110（工作日 9:00-12:00，14:00-17:30）&nbsp;&nbsp;建议使用1366×768分辨率、IE10以上版本浏览器</p>
        {extra}
      </div>
      <span class="jiucuo"><script id="_jiucuo_" sitecode="{code}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></span>
    </div>
  </div>
</div>"""


_CSS_LINKS = """<link rel="stylesheet" href="/images/common.css?v=20240318">
<link rel="stylesheet" href="/images/index.css?v=20250611">
<link rel="stylesheet" href="/images/swiper.min.css">
<script src="/images/jquery-1.11.3.min.js"></script>
<script src="/images/swiper.min.js"></script>
<script src="/images/SuperSlide.2.1.3.js"></script>
<script src="/images/aria.js?appid=7f3c2a" charset="utf-8" id="ariascripts" defer></script>"""

_INLINE_CSS = """<style type="text/css">
.nav-drop{display:none;position:absolute;left:0;top:56px;width:1200px;background:#fff;z-index:99}
.nav-item:hover .nav-drop{display:block}
.tab-bd .panel{display:none}.tab-bd .panel.on{display:block}
.nodata{height:180px;line-height:180px;text-align:center;color:#999;background:#f7f8fa;border:1px dashed #dcdfe6}
.list li{height:36px;line-height:36px;overflow:hidden}.list li span{float:right;color:#999}
</style>"""

_JS_DATE = """<span id="nowDate"></span>
<script type="text/javascript">
var d=new Date(),w=["日","一","二","三","四","五","六"];
document.getElementById("nowDate").innerHTML="今天是"+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()];
</script>"""

_SERVER_DATE = '<span class="today" id="today">今天是2026年11月26日 星期四</span>'

_TOOLBAR = """<div class="toolbar-r">
  <a href="javascript:void(0);" id="cniil_wza" class="wza">无障碍浏览</a>
  <a href="javascript:void(0);" class="lnms" onclick="aria.oldFixedStart()">长者模式</a>
  <a href="/znwd/" class="znwd" target="_blank">智能问答</a>
  <a href="http://english.{host}/" target="_blank">English</a>
  <a href="/wap/" class="ydb">移动版</a>
  <a href="javascript:void(0);" class="wxgzh">微信公众号<img src="/images/ewm_wx.jpg" alt="微信二维码" style="display:none"></a>
</div>"""


def _weather(text: str) -> str:
    return f'<span class="weather"><img src="/images/tq/qing.png" alt="">{text}</span>'


def _banner(imgs: list[tuple[str, str]]) -> str:
    slides = "".join(
        f'<div class="swiper-slide"><a href="{u}" target="_blank"><img src="/images/banner/{i}.jpg" alt="{t}"></a></div>'
        for i, (u, t) in enumerate(imgs)
    )
    return f'<div class="banner swiper-container" id="topBanner"><div class="swiper-wrapper">{slides}</div><div class="swiper-pagination"></div></div>'


def _tiles(items: list[tuple[str, str]]) -> str:
    """专题专栏 tiles: images, no dates."""
    lis = "".join(
        f'<li><a href="{u}" target="_blank" title="{t}"><img src="/images/zt/zt{i:02d}.jpg" alt="{t}"><p>{t}</p></a></li>'
        for i, (u, t) in enumerate(items)
    )
    return lis


# --------------------------------------------------------------------------- items

_NEWS = [
    "市委常委会召开会议 传达学习党的二十届四中全会精神",
    "市政府召开第{n}次常务会议 研究部署今冬明春安全生产等工作",
    "全市重点项目建设现场推进会召开",
    "市领导带队开展冬季森林防灭火督导检查",
    "我市召开优化营商环境工作推进会",
    "{n}个项目集中签约 总投资超百亿元",
    "市人大常委会开展《城市绿化条例》执法检查",
    "全市农村人居环境整治工作现场会在白马镇召开",
    "市领导会见来访客商一行",
    "我市举行2026年秋季征兵欢送仪式",
    "市政府与省交通投资集团签署战略合作协议",
    "全市第四次全国文物普查工作推进会召开",
    "我市入选第二批全国城市更新示范城市",
    "市长主持召开专题会议 研究城市内涝治理工作",
    "全市秋冬季大气污染防治攻坚动员会召开",
    "市委理论学习中心组举行专题学习",
    "我市开展“119”消防宣传月活动",
    "市政府党组召开专题民主生活会",
]
_DEPT_NEWS = [
    "市发展改革委召开重点项目储备工作会",
    "市教育局开展中小学校园安全大检查",
    "市卫生健康委启动冬季流感防控专项行动",
    "市市场监管局开展冬季食品安全专项检查",
    "市交通运输局推进农村公路“四好”建设",
    "市人社局举办2026年冬季招聘会",
    "市生态环境局通报10月全市空气质量",
    "市应急管理局开展地震应急演练",
    "市农业农村局部署冬春农田水利建设",
    "市住建局开展建筑施工安全“大排查”",
]
_TOWN_NEWS = [
    "{t}：“小网格”撬动基层治理“大文章”",
    "{t}召开安全生产暨森林防火工作会",
    "{t}：特色产业园区建设提速",
    "{t}开展“我为群众办实事”志愿服务",
    "{t}举办农民丰收节系列活动",
    "{t}扎实推进人居环境整治",
]
_NOTICES = [
    "关于2026年度市级预算单位政府采购意向公开的公告",
    "关于开展2026年度统计执法检查的通知",
    "关于公布市本级行政许可事项清单（2026年版）的公告",
    "关于做好2027年元旦春节期间有关工作的通知",
    "关于征集2027年市政府民生实事项目的公告",
    "关于启用新版行政执法文书的通知",
    "关于开展冬季供暖安全检查的公告",
    "关于调整部分公交线路的通告",
    "关于2026年下半年中小学教师资格认定工作的公告",
    "关于城区部分路段实施交通管制的通告",
]
_POLICIES = [
    "{org}关于印发《{name}全域推进数字政府建设实施方案》的通知",
    "{org}关于印发《{name}促进民营经济高质量发展若干措施》的通知",
    "{org}办公室关于印发《{name}城市更新行动方案（2026—2028年）》的通知",
    "{org}关于印发《{name}突发事件总体应急预案》的通知",
    "{org}办公室关于进一步做好稳就业工作的通知",
    "{org}关于印发《{name}农村供水保障三年行动计划》的通知",
    "{org}办公室关于印发《{name}老旧小区改造实施细则》的通知",
    "{org}关于调整{name}城乡居民基本医疗保险政策的通知",
]
_JIEDU = [
    "一图读懂《{name}全域推进数字政府建设实施方案》",
    "《{name}促进民营经济高质量发展若干措施》政策解读",
    "图解：{name}城市更新行动方案（2026—2028年）",
    "《{name}突发事件总体应急预案》解读",
    "专家解读：{name}稳就业政策“组合拳”",
]
_RENSHI = [
    "{name}2026年下半年公开考调公务员（参公人员）拟调人员公示",
    "{name}人民政府关于张某某等同志职务任免的通知",
    "{name}2026年事业单位公开招聘工作人员体检结果公告",
    "{name}2026年公开选调事业单位工作人员公告",
    "{name}人民政府关于李某某等同志职务任免的通知",
    "{name}2026年“三支一扶”人员招募公告",
]
_GUIHUA = [
    "{name}国民经济和社会发展第十四个五年规划纲要中期评估报告",
    "{name}2026年国民经济和社会发展计划",
    "{name}国土空间总体规划（2021—2035年）",
    "{name}“十四五”综合交通运输发展规划",
    "{name}2026年政府工作要点",
]
_LETTERS = [
    "关于东城小区供暖不热的问题",
    "建议增设城南公交线路",
    "咨询新生儿医保参保办理流程",
    "反映白马镇道路破损问题",
    "关于学区划分的咨询",
    "小区物业乱收费问题",
    "建议在人民公园增设公共厕所",
    "咨询灵活就业人员社保缴费基数",
    "反映夜间施工噪音扰民",
    "关于老旧小区加装电梯补贴的咨询",
    "农村宅基地审批进度咨询",
    "反映河道垃圾堆积问题",
]


def _d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _trs_url(base: str, day: str, n: int) -> str:
    d = _d(day)
    return f"{base}{d:%Y%m}/t{d:%Y%m%d}_{7300000 + n}.html"


def _fill(t: str, n: int, name: str, org: str) -> str:
    return t.format(n=n + 40, name=name, org=org, t=_TOWNS[n % len(_TOWNS)])


def _trs_li(titles: list[str], dates: list[str], base: str, name: str, org: str, fmt: str = "%Y-%m-%d") -> str:
    out = []
    for i, day in enumerate(dates):
        t = _fill(titles[i % len(titles)], i, name, org)
        out.append(
            f'<li><a href="{_trs_url(base, day, i * 13 + len(base))}" target="_blank" title="{t}">{t}</a>'
            f"<span>{_d(day).strftime(fmt)}</span></li>"
        )
    return "\n".join(out)


def _days_back(start: str, steps: list[int]) -> list[str]:
    d = _d(start)
    out = [start]
    for s in steps:
        d -= dt.timedelta(days=s)
        out.append(d.isoformat())
    return out


def _dept_news_para(n: int) -> str:
    return (
        "<p>" + "".join(
            f"近日，{_DEPTS[(n + k) % len(_DEPTS)][1]}召开专题会议，研究部署下一阶段重点工作，要求各科室压实责任、细化举措，确保各项任务按时保质完成。"
            for k in range(3)
        ) + "</p>"
    )


# --------------------------------------------------------------------------- site A: 青川市 (TRS, healthy)

def _site_qingchuan() -> BlindSite:
    host = "www.qingchuan.gov.cn"
    name = "青川市"
    org = "青川市人民政府"
    sections = [("zwgk", "政务公开"), ("xwzx", "新闻中心"), ("zwfw", "政务服务"), ("hdjl", "互动交流"),
                ("zjqc", "走进青川"), ("ztzl", "专题专栏"), ("sjfb", "数据发布"), ("yhyshj", "优化营商环境")]
    ywdt = _trs_li(_NEWS, _days_back("2026-11-25", [0, 1, 1, 2, 1, 1, 2, 1]), "/xwzx/ywdt/", name, org)
    bmdt = _trs_li(_DEPT_NEWS, _days_back("2026-11-24", [1, 0, 2, 1, 3, 1, 1, 2]), "/xwzx/bmdt/", name, org)
    qxdt = _trs_li(_TOWN_NEWS, _days_back("2026-11-24", [1, 1, 2, 2, 1, 3, 1, 1]), "/xwzx/qxdt/", name, org)
    tzgg = _trs_li(_NOTICES, _days_back("2026-11-20", [3, 4, 2, 6, 5, 7]), "/xwzx/tzgg/", name, org)
    jiedu = _trs_li(_JIEDU, _days_back("2026-11-21", [9, 14, 20, 31]), "/zwgk/zcjd/", name, org)
    renshi = _trs_li(_RENSHI, _days_back("2026-11-10", [12, 20, 33, 40]), "/zwgk/rsxx/", name, org)
    guihua = _trs_li(_GUIHUA, _days_back("2026-09-15", [60, 120, 200]), "/zwgk/ghjh/", name, org)
    # 政策文件: a table of 文号 | 标题 | 成文日期 | 发布日期 (the dates differ)
    zc_rows = []
    zc = [("2026-11-23", "2026-11-14", "青府发〔2026〕21号"), ("2026-11-05", "2026-10-28", "青府发〔2026〕20号"),
          ("2026-10-17", "2026-10-09", "青府办发〔2026〕35号"), ("2026-09-26", "2026-09-18", "青府发〔2026〕19号"),
          ("2026-09-02", "2026-08-25", "青府办发〔2026〕33号")]
    for i, (pub, wrote, wh) in enumerate(zc):
        t = _fill(_POLICIES[i], i, name, org)
        zc_rows.append(
            f'<tr><td class="wh">{wh}</td><td class="bt"><a href="{_trs_url("/zwgk/zcwj/", pub, 500 + i)}" target="_blank" title="{t}">{t}</a></td>'
            f"<td>{wrote}</td><td>{pub}</td></tr>"
        )
    # 领导信箱 on the homepage: all answered
    letters = []
    for i, (sent, ans) in enumerate([("2026-11-24", "2026-11-25"), ("2026-11-21", "2026-11-24"), ("2026-11-18", "2026-11-20"),
                                      ("2026-11-15", "2026-11-19"), ("2026-11-12", "2026-11-16")]):
        letters.append(
            f'<tr><td class="xh">{i + 1}</td><td class="bt"><a href="/hdjl/ldxx/xjxq.html?id={88210 - i}" target="_blank">{_LETTERS[i]}</a></td>'
            f'<td>{sent}</td><td>{ans}</td><td><span class="zt yhf">已回复</span></td></tr>'
        )
    # 征集调查: open consultations, deadlines ahead
    zjdc = "\n".join(
        f'<li><a href="/hdjl/zjdc/{pid}.html" target="_blank">{t}</a><p class="time">征集时间：{a} 至 {b}</p><span class="ing">进行中</span></li>'
        for pid, t, a, b in [
            ("202611/t20261120_7301201", "关于《青川市城市绿化管理办法（征求意见稿）》公开征求意见", "2026-11-20", "2026-12-20"),
            ("202611/t20261109_7301188", "关于2027年市政府十件民生实事征集意见的公告", "2026-11-09", "2026-12-09"),
            ("202610/t20261030_7301150", "青川市政务服务满意度问卷调查", "2026-10-30", "2026-12-31"),
        ]
    )
    # 数据发布: statistics table
    sj_rows = "\n".join(
        f'<tr><td><a href="{_trs_url("/sjfb/tjsj/", d, 900 + i)}" target="_blank">{t}</a></td><td>{d}</td></tr>'
        for i, (t, d) in enumerate([
            ("2026年1-10月全市主要经济指标", "2026-11-18"),
            ("2026年10月全市居民消费价格变动情况", "2026-11-12"),
            ("2026年前三季度全市经济运行情况", "2026-10-28"),
            ("2026年1-9月全市规模以上工业生产情况", "2026-10-22"),
        ])
    )
    tiles = _tiles([("/ztzl/xxgc/", "学习贯彻党的二十届四中全会精神"), ("/ztzl/yhyshj/", "优化营商环境"),
                    ("/ztzl/cjwmcs/", "创建全国文明城市"), ("/ztzl/fzzfjs/", "法治政府建设"),
                    ("/ztzl/ssxmzsz/", "“十五五”规划编制"), ("/ztzl/aqsc/", "安全生产月")])
    home = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>青川市人民政府</title>
<meta name="SiteName" content="青川市人民政府">
<meta name="SiteDomain" content="{host}">
<meta name="SiteIDCode" content="5108000001">
<meta name="ColumnName" content="首页">
<meta name="ColumnType" content="首页">
<meta name="Keywords" content="青川市,人民政府,政务公开,政务服务">
<meta name="Description" content="青川市人民政府门户网站">
{_CSS_LINKS}
{_INLINE_CSS}
</head>
<body>
<!--TRS-->
<div class="topbar"><div class="w1200 clearfix">
  <div class="toolbar-l">{_JS_DATE} {_weather("青川 多云 4~13℃ 北风1级")}</div>
  {_TOOLBAR.replace("{host}", host)}
</div></div>
<div class="header"><div class="w1200 clearfix">
  <a class="logo" href="/"><img src="/images/logo.png" alt="青川市人民政府"></a>
  <div class="search"><form action="/search/" method="get" target="_blank"><input type="text" name="searchword" placeholder="请输入关键字"><button type="submit">搜索</button></form>
  <p class="hot-words">热门搜索：<a href="/search/?searchword=社保">社保</a><a href="/search/?searchword=公积金">公积金</a><a href="/search/?searchword=招聘">招聘</a></p></div>
</div></div>
{_mega_menu("", sections, 75, "trs")}
<!--TRS-->
{_banner([("/ztzl/xxgc/", "学习贯彻党的二十届四中全会精神"), ("/ztzl/yhyshj/", "优化营商环境")])}
<div class="main w1200">
  <div class="row1 clearfix">
    <div class="focus-pic fl"><div class="swiper-container" id="focusPic"><div class="swiper-wrapper">
      <div class="swiper-slide"><a href="{_trs_url('/xwzx/ywdt/', '2026-11-25', 1)}" target="_blank"><img src="/xwzx/ywdt/202611/W020261125001.jpg" alt="市委常委会召开会议"><p>市委常委会召开会议 传达学习党的二十届四中全会精神</p></a></div>
      <div class="swiper-slide"><a href="{_trs_url('/xwzx/ywdt/', '2026-11-24', 2)}" target="_blank"><img src="/xwzx/ywdt/202611/W020261124002.jpg" alt="重点项目"><p>全市重点项目建设现场推进会召开</p></a></div>
    </div></div></div>
    <div class="news-tab fr">
      <div class="tab-hd"><ul class="clearfix">
        <li class="on"><a href="/xwzx/ywdt/" target="_blank">要闻动态</a></li>
        <li><a href="/xwzx/bmdt/" target="_blank">部门动态</a></li>
        <li><a href="/xwzx/qxdt/" target="_blank">区县动态</a></li>
      </ul></div>
      <div class="tab-bd">
        <div class="panel on"><ul class="list">{ywdt}</ul><a class="more" href="/xwzx/ywdt/" target="_blank">更多&gt;&gt;</a></div>
        <div class="panel"><ul class="list">{bmdt}</ul><a class="more" href="/xwzx/bmdt/" target="_blank">更多&gt;&gt;</a></div>
        <div class="panel"><ul class="list">{qxdt}</ul><a class="more" href="/xwzx/qxdt/" target="_blank">更多&gt;&gt;</a></div>
      </div>
    </div>
  </div>
  <div class="row2 clearfix">
    <div class="box tzgg fl">
      <div class="box-hd"><h3><a href="/xwzx/tzgg/" target="_blank">通知公告</a></h3><a class="more" href="/xwzx/tzgg/" target="_blank">更多 +</a></div>
      <ul class="list">{tzgg}</ul>
    </div>
    <div class="box zcwj fr">
      <div class="box-hd"><h3><a href="/zwgk/zcwj/" target="_blank">政策文件</a></h3><a class="more" href="/zwgk/zcwj/" target="_blank">更多 +</a></div>
      <table class="zc-table" width="100%"><thead><tr><th>文号</th><th>标题</th><th>成文日期</th><th>发布日期</th></tr></thead>
      <tbody>{''.join(zc_rows)}</tbody></table>
    </div>
  </div>
  <div class="row3 clearfix">
    <div class="box fl"><div class="box-hd"><h3><a href="/zwgk/zcjd/">政策解读</a></h3><a class="more" href="/zwgk/zcjd/">更多 +</a></div><ul class="list">{jiedu}</ul></div>
    <div class="box fl"><div class="box-hd"><h3><a href="/zwgk/rsxx/">人事信息</a></h3><a class="more" href="/zwgk/rsxx/">更多 +</a></div><ul class="list">{renshi}</ul></div>
    <div class="box fr"><div class="box-hd"><h3><a href="/zwgk/ghjh/">规划计划</a></h3><a class="more" href="/zwgk/ghjh/">更多 +</a></div><ul class="list">{guihua}</ul></div>
  </div>
  <div class="hdjl clearfix">
    <div class="hd-tit"><h2>互动交流</h2></div>
    <div class="hd-btns"><a href="/hdjl/ldxx/xx.html" class="btn-xx" target="_blank">我要写信</a><a href="/hdjl/ldxx/cx.html" class="btn-cx" target="_blank">信件查询</a><a href="/znwd/" target="_blank">智能问答</a></div>
    <div class="box ldxx fl">
      <div class="box-hd"><h3><a href="/hdjl/ldxx/">领导信箱</a></h3><a class="more" href="/hdjl/ldxx/">更多 +</a></div>
      <table class="xx-table" width="100%"><thead><tr><th>序号</th><th>来信标题</th><th>来信时间</th><th>回复时间</th><th>状态</th></tr></thead>
      <tbody>{''.join(letters)}</tbody></table>
    </div>
    <div class="box zjdc fr">
      <div class="box-hd"><h3><a href="/hdjl/zjdc/">征集调查</a></h3><a class="more" href="/hdjl/zjdc/">更多 +</a></div>
      <ul class="zj-list">{zjdc}</ul>
    </div>
  </div>
  <div class="ztzl clearfix">
    <div class="box-hd"><h3><a href="/ztzl/">专题专栏</a></h3><a class="more" href="/ztzl/">更多专题 +</a></div>
    <div class="zt-scroll"><ul class="clearfix">{tiles}</ul></div>
  </div>
  <div class="sjfb clearfix">
    <div class="box-hd"><h3><a href="/sjfb/">数据发布</a></h3><a class="more" href="/sjfb/">更多 +</a></div>
    <table class="sj-table" width="100%"><thead><tr><th>标题</th><th>发布日期</th></tr></thead><tbody>{sj_rows}</tbody></table>
  </div>
  <div class="zwfw clearfix">
    <div class="box-hd"><h3>政务服务</h3></div>
    <ul class="fw-list">{''.join(f'<li><a href="/zwfw/{s}/" target="_blank"><i class="ico-{s}"></i>{t}</a></li>' for s, t in [('grbs', '个人办事'), ('frbs', '法人办事'), ('bmfw', '便民服务'), ('yqyd', '一件事一次办'), ('tsbj', '跨省通办'), ('hcp', '好差评')])}</ul>
  </div>
</div>
{_footer(org, "5108000001", "蜀ICP备05012345号-1", "51080202000101", "2005-2026", "青川市大数据中心",
         '<p>访问量：<span id="visitCount">18,302,114</span></p>')}
<script>$(function(){{jQuery(".news-tab").slide({{titCell:".tab-hd li",mainCell:".tab-bd",trigger:"mouseover"}});}});</script>
</body>
</html>"""
    # 通知公告's own list page (TRS, createPageHTML pager)
    tz_days = _days_back("2026-11-20", [3, 4, 2, 6, 5, 7, 3, 8, 4, 9, 5, 6, 7, 4])
    tz_list = _trs_li(_NOTICES, tz_days, "./", name, org)
    tz_page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>通知公告_青川市人民政府</title>
<meta name="SiteName" content="青川市人民政府"><meta name="SiteIDCode" content="5108000001">
<meta name="ColumnName" content="通知公告"><meta name="ColumnType" content="通知公告">
{_CSS_LINKS}</head><body>
<!--TRS-->
<div class="topbar"><div class="w1200">{_JS_DATE}</div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="青川市人民政府"></a></div></div>
{_mega_menu("", sections, 20, "trs")}
<div class="w1200 position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <span>通知公告</span></div>
<div class="w1200 clearfix">
  <div class="left-nav fl"><h2>新闻中心</h2><ul>
    <li><a href="/xwzx/ywdt/">要闻动态</a></li><li><a href="/xwzx/bmdt/">部门动态</a></li><li><a href="/xwzx/qxdt/">区县动态</a></li>
    <li class="on"><a href="/xwzx/tzgg/">通知公告</a></li><li><a href="/xwzx/xwfbh/">新闻发布会</a></li></ul></div>
  <div class="right-con fr">
    <div class="con-tit"><h3>通知公告</h3></div>
    <ul class="list-ul">
{tz_list}
    </ul>
    <div class="page"><script type="text/javascript">
var currentPage = 0;var countPage = 12;
createPageHTML(countPage, currentPage, "index", "html");
</script></div>
  </div>
</div>
{_footer(org, "5108000001", "蜀ICP备05012345号-1", "51080202000101", "2005-2026", "青川市大数据中心")}
</body></html>"""
    # 领导信箱's own list page: all answered
    rows = []
    sent_days = _days_back("2026-11-24", [3, 3, 3, 3, 4, 5, 6, 2, 7, 5, 9, 8, 6, 10])
    for i, sent in enumerate(sent_days):
        ans = (_d(sent) + dt.timedelta(days=2 + i % 4)).isoformat()
        if _d(ans) > TODAY:
            ans = TODAY.isoformat()
        rows.append(
            f'<tr><td>{_LETTERS[i % len(_LETTERS)]}</td><td>{sent}</td><td>{ans}</td><td><span class="yhf">已回复</span></td>'
            f'<td><a href="/hdjl/ldxx/xjxq.html?id={88210 - i}" target="_blank">查看</a></td></tr>'
        )
    xx_page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>领导信箱_青川市人民政府</title>
<meta name="ColumnName" content="领导信箱">{_CSS_LINKS}</head><body>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="青川市人民政府"></a></div></div>
{_mega_menu("", sections, 10, "trs")}
<div class="w1200 position">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; 领导信箱</div>
<div class="w1200">
  <div class="xx-top"><a class="btn" href="/hdjl/ldxx/xx.html">我要写信</a><a class="btn" href="/hdjl/ldxx/cx.html">信件查询</a></div>
  <div class="xx-tj">累计收到来信 <b>3,216</b> 件，已办结 <b>3,216</b> 件</div>
  <table class="xx-list" width="100%">
    <tr class="th"><td>来信标题</td><td>来信时间</td><td>回复时间</td><td>状态</td><td>操作</td></tr>
    {''.join(rows)}
  </table>
  <div class="page">共 3216 条记录 第1页/共215页 <a href="?page=2">下一页</a> <a href="?page=215">尾页</a></div>
</div>
{_footer(org, "5108000001", "蜀ICP备05012345号-1", "51080202000101", "2005-2026", "青川市大数据中心")}
</body></html>"""
    truth = SiteTruth(
        status="healthy", passed=True, must=(), must_not=_BAD,
        home_status="healthy", home_passed=True, home_must_not=_BAD,
        last_updated=_d("2026-11-25"),
        columns=(
            ColumnTruth("要闻动态", "news", _d("2026-11-25")),
            ColumnTruth("部门动态", "news", _d("2026-11-24")),
            ColumnTruth("区县动态", "news", _d("2026-11-24")),
            ColumnTruth("通知公告", "notice", _d("2026-11-20")),
            ColumnTruth("政策文件", "policy", _d("2026-11-23")),
            ColumnTruth("政策解读", "policy", _d("2026-11-21")),
            ColumnTruth("人事信息", "personnel", _d("2026-11-10")),
            ColumnTruth("规划计划", "planning", _d("2026-09-15")),
            ColumnTruth("领导信箱", "interaction", _d("2026-11-25")),
            ColumnTruth("征集调查", "interaction", _d("2026-11-20")),
            ColumnTruth("数据发布", "statistics", _d("2026-11-18")),
        ),
        note="healthy TRS city portal: JS-written date line, copyright 2005-2026, consultations open until December",
    )
    return BlindSite("qingchuan", host, "青川市人民政府", {"/": home, "/xwzx/tzgg/": tz_page, "/hdjl/ldxx/": xx_page}, truth)


# --------------------------------------------------------------------------- a generic vendor portal


def _item_url(style: str, base: str, day: str, n: int) -> str:
    d = _d(day)
    if style == "ucap":
        return f"/art/{d:%Y}/{d.month}/{d.day}/art_{1200 + len(base)}_{563000 + n}.html"
    if style == "nanwei":
        return f"{base}content_{8810000 + n}.html"
    if style == "zhongruan":
        return f"{base}{d:%Y%m}/{d:%Y%m%d}{n:05d}.shtml"
    return _trs_url(base, day, n)


def _li(style: str, titles: list[str], dates: list[str], base: str, name: str, org: str, salt: int = 0) -> str:
    out = []
    for i, day in enumerate(dates):
        t = _fill(titles[i % len(titles)], i + salt, name, org)
        u = _item_url(style, base, day, i * 17 + salt + len(base))
        d = _d(day)
        if style == "ucap":
            out.append(f'<li class="clearfix"><a href="{u}" title="{t}" target="_blank">{t}</a><span class="date">[{d:%m-%d}]</span></li>')
        elif style == "nanwei":
            out.append(f'<li><i class="dot"></i><a href="{u}" target="_blank" title="{t}">{t}</a><em>{d.year}年{d.month:02d}月{d.day:02d}日</em></li>')
        elif style == "zhongruan":
            out.append(f'<li><span class="time">{d:%Y/%m/%d}</span><a href="{u}" target="_blank">{t}</a></li>')
        else:
            out.append(f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><span>{day}</span></li>')
    return "\n".join(out)


_CUR = ' class="cur"'
_ON = ' class="on"'


@dataclass
class Block:
    heading: str
    more: str
    body: str  # the <ul> / table / empty box
    tab_group: str = ""  # blocks with the same group are shown as tabs


def _empty_box(text: str = "暂无信息") -> str:
    return f'<div class="nodata"><img src="/images/nodata.png" alt=""><p>{text}</p></div>'


def _portal(style: str, host: str, org: str, code: str, icp: str, gongan: str, years: str,
            sections: list[tuple[str, str]], blocks: list[Block], date_line: str, weather: str,
            per: int = 70, extra_head: str = "", extra_body: str = "", counter: str = "") -> str:
    """A homepage: chrome, a mega menu, blocks (some as tab boxes), footer."""
    parts: list[str] = []
    groups: dict[str, list[Block]] = {}
    order: list[object] = []
    for b in blocks:
        if b.tab_group:
            if b.tab_group not in groups:
                groups[b.tab_group] = []
                order.append(b.tab_group)
            groups[b.tab_group].append(b)
        else:
            order.append(b)
    box = {"ucap": "ucap-box", "nanwei": "nw-mod", "zhongruan": "zr-column", "trs": "box"}[style]
    for o in order:
        if isinstance(o, Block):
            parts.append(
                f'<div class="{box}"><div class="{box}-hd"><span class="tit"><a href="{o.more}" target="_blank">{o.heading}</a></span>'
                f'<a class="more" href="{o.more}" target="_blank">更多&gt;</a></div><div class="{box}-bd">{o.body}</div></div>'
            )
        else:
            tabs = groups[str(o)]
            hd = "".join(
                f'<li{_CUR if i == 0 else ""}><a href="{t.more}" target="_blank">{t.heading}</a></li>'
                for i, t in enumerate(tabs)
            )
            bd = "".join(
                f'<div class="tab-pane{" cur" if i == 0 else ""}">{t.body}<a class="more" href="{t.more}" target="_blank">查看更多</a></div>'
                for i, t in enumerate(tabs)
            )
            parts.append(f'<div class="{box} tab-box" id="tab_{o}"><ul class="tab-hd clearfix">{hd}</ul><div class="tab-bd">{bd}</div></div>')
    cols = "\n".join(parts)
    title = org
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>{title}</title>
<meta name="SiteName" content="{org}">
<meta name="SiteDomain" content="{host}">
<meta name="SiteIDCode" content="{code}">
<meta name="ColumnName" content="首页">
{_CSS_LINKS}
{_INLINE_CSS}
{extra_head}
</head>
<body class="{style}-tpl">
<div class="top-bar"><div class="container clearfix">
  <div class="fl">{date_line} {_weather(weather)}</div>
  {_TOOLBAR.replace("{host}", host)}
</div></div>
<div class="head"><div class="container clearfix">
  <a href="/" class="logo"><img src="/images/logo.png" alt="{org}"></a>
  <div class="head-search"><input type="text" id="searchKey" placeholder="搜索本站"><a href="javascript:void(0)" onclick="doSearch()">搜索</a></div>
</div></div>
{_mega_menu("", sections, per, "trs" if style == "trs" else "other")}
{_banner([("/ztzl/xxgc/", "学习贯彻党的二十届四中全会精神"), ("/ztzl/yhyshj/", "持续优化营商环境")])}
<div class="container main-con">
{cols}
<div class="zt-box"><div class="zt-hd"><span class="tit"><a href="/ztzl/">专题专栏</a></span></div><ul class="zt-list clearfix">{_tiles([("/ztzl/xxgc/", "学习贯彻党的二十届四中全会精神"), ("/ztzl/cwgc/", "清廉建设"), ("/ztzl/sgs/", "双公示"), ("/ztzl/jzfp/", "乡村振兴")])}</ul></div>
<div class="fw-box"><ul class="fw-list clearfix">{''.join(f'<li><a href="/zwfw/{s}/" target="_blank">{t}</a></li>' for s, t in [('grbs', '个人办事'), ('frbs', '法人办事'), ('bmfw', '便民服务'), ('hcp', '好差评'), ('ycbl', '一件事一次办')])}</ul></div>
{extra_body}
</div>
{_footer(org, code, icp, gongan, years, org.replace("人民政府", "") + "融媒体中心", counter)}
</body>
</html>"""


def _list_page(style: str, org: str, col: str, crumb: str, body: str, pager: str, sections: list[tuple[str, str]],
               left: list[tuple[str, str]], date_line: str = "") -> str:
    lefts = "".join(f'<li{_ON if t == col else ""}><a href="{u}">{t}</a></li>' for u, t in left)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{col}-{org}</title>
<meta name="SiteName" content="{org}"><meta name="ColumnName" content="{col}">
{_CSS_LINKS}</head><body class="{style}-tpl">
<div class="top-bar"><div class="container">{date_line}</div></div>
<div class="head"><div class="container"><a href="/" class="logo"><img src="/images/logo.png" alt="{org}"></a></div></div>
{_mega_menu("", sections, 25, "trs" if style == "trs" else "other")}
<div class="container crumb">当前位置：<a href="/">首页</a> &gt; {crumb} &gt; <span>{col}</span></div>
<div class="container clearfix">
  <div class="side-nav"><h2>{crumb.split('>')[-1].strip() if '<' not in crumb else '栏目导航'}</h2><ul>{lefts}</ul></div>
  <div class="side-con">
    <div class="con-hd"><h3>{col}</h3></div>
    {body}
    {pager}
  </div>
</div>
{_footer(org, "5100000000", "蜀ICP备12000000号", "51000000000000", "2012-2026", org)}
</body></html>"""


def _message_table(rows: list[tuple[str, str, str, str]], link: str) -> str:
    trs = "".join(
        f'<tr><td class="bt"><a href="{link}{8000 + i}" target="_blank">{t}</a></td><td>{sent}</td><td>{ans}</td><td>{state}</td></tr>'
        for i, (t, sent, ans, state) in enumerate(rows)
    )
    return f'<table class="letter-tb" width="100%"><tr><th>来信标题</th><th>来信时间</th><th>回复时间</th><th>状态</th></tr>{trs}</table>'


_SECTIONS_DISTRICT = [("zwgk", "政务公开"), ("xwzx", "新闻中心"), ("zwfw", "政务服务"), ("hdjl", "互动交流"),
                      ("zjqq", "走进本区"), ("ztzl", "专题专栏"), ("yhyshj", "优化营商环境"), ("sjfb", "数据发布")]


def _news_blocks(style: str, name: str, org: str, latest: str, third: str = "区县动态",
                 more: tuple[str, str, str] = ("/xwzx/ywdt/", "/xwzx/bmdt/", "/xwzx/qxdt/")) -> list[Block]:
    d1 = _days_back(latest, [0, 1, 1, 2, 1, 1, 2])
    d2 = _days_back((_d(latest) - dt.timedelta(days=1)).isoformat(), [1, 0, 2, 1, 3, 1])
    d3 = _days_back((_d(latest) - dt.timedelta(days=1)).isoformat(), [2, 1, 1, 3, 2, 1])
    return [
        Block("要闻动态", more[0], f'<ul class="list">{_li(style, _NEWS, d1, more[0], name, org, 1)}</ul>', "news"),
        Block("部门动态", more[1], f'<ul class="list">{_li(style, _DEPT_NEWS, d2, more[1], name, org, 2)}</ul>', "news"),
        Block(third, more[2], f'<ul class="list">{_li(style, _TOWN_NEWS, d3, more[2], name, org, 3)}</ul>', "news"),
    ]


def _ul(style: str, titles: list[str], dates: list[str], base: str, name: str, org: str, salt: int = 0) -> str:
    return f'<ul class="list">{_li(style, titles, dates, base, name, org, salt)}</ul>'


# --------------------------------------------------------------------------- site B: 云阳区 (Ucap): news fresh, notices 8 months old, personnel 2 years


def _site_yunyang() -> BlindSite:
    st, host, name, org = "ucap", "www.yunyang.gov.cn", "云阳区", "云阳区人民政府"
    blocks = _news_blocks(st, name, org, "2026-11-25", "镇街动态", ("/xwzx/ywdt/", "/xwzx/bmdt/", "/xwzx/zjdt/"))
    tz = _days_back("2026-03-18", [9, 15, 22, 30, 41])
    rs = _days_back("2024-11-05", [25, 40, 62])
    blocks += [
        Block("通知公告", "/xxgk/tzgg/", _ul(st, _NOTICES, tz, "/xxgk/tzgg/", name, org, 5)),
        Block("政策文件", "/zwgk/zcwj/", _ul(st, _POLICIES, _days_back("2026-11-12", [20, 25, 33]), "/zwgk/zcwj/", name, org, 6), "zc"),
        Block("政策解读", "/zwgk/zcjd/", _ul(st, _JIEDU, _days_back("2026-11-19", [21, 30, 18]), "/zwgk/zcjd/", name, org, 7), "zc"),
        Block("人事信息", "/zwgk/rsxx/", _ul(st, _RENSHI, rs, "/zwgk/rsxx/", name, org, 8)),
    ]
    home = _portal(st, host, org, "5008000017", "渝ICP备10012345号", "50023502000188", "2010-2026", _SECTIONS_DISTRICT,
                   blocks, _JS_DATE, "云阳 小雨 8~12℃", per=72,
                   counter='<p>您是第 <span class="count">6,208,331</span> 位访问者</p>')
    left = [("/xxgk/tzgg/", "通知公告"), ("/zwgk/zcwj/", "政策文件"), ("/zwgk/rsxx/", "人事信息"), ("/zwgk/ghjh/", "规划计划")]
    tz_all = _days_back("2026-03-18", [9, 15, 22, 30, 41, 12, 20, 35, 28, 16, 19])
    tz_page = _list_page(st, org, "通知公告", '<a href="/xxgk/">信息公开</a>',
                         _ul(st, _NOTICES, tz_all, "/xxgk/tzgg/", name, org, 5),
                         '<div class="pages">共 86 条 <a href="/xxgk/tzgg/index_2.html">下一页</a> <a href="/xxgk/tzgg/index_8.html">尾页</a></div>',
                         _SECTIONS_DISTRICT, left)
    rs_all = _days_back("2024-11-05", [25, 40, 62, 30, 55, 71, 18, 44])
    rs_page = _list_page(st, org, "人事信息", '<a href="/zwgk/">政务公开</a>',
                         _ul(st, _RENSHI, rs_all, "/zwgk/rsxx/", name, org, 8),
                         '<div class="pages">共 41 条 <a href="/zwgk/rsxx/index_2.html">下一页</a></div>', _SECTIONS_DISTRICT, left)
    truth = SiteTruth(
        # status "stale": a site with stale columns is stale (rules.STATUS_OF_FINDING),
        # whether or not they reach the veto; `passed` is the inspectors' verdict.
        status="stale", passed=True, must=("column_stale",),
        must_not=_without("column_stale"),
        home_status="healthy", home_passed=True, home_must_not=_BAD,
        last_updated=_d("2026-11-25"),
        counts={"column_stale": 2},
        columns=(
            ColumnTruth("要闻动态", "news", _d("2026-11-25")),
            ColumnTruth("部门动态", "news", _d("2026-11-24")),
            ColumnTruth("镇街动态", "news", _d("2026-11-24")),
            ColumnTruth("通知公告", "notice", _d("2026-03-18")),
            ColumnTruth("政策文件", "policy", _d("2026-11-12")),
            ColumnTruth("政策解读", "policy", _d("2026-11-19")),
            ColumnTruth("人事信息", "personnel", _d("2024-11-05")),
        ),
        note="两个栏目不更新 (notice 253 days, personnel 751 days): a finding, no veto (fewer than 5)",
    )
    return BlindSite("yunyang", host, org, {"/": home, "/xxgk/tzgg/": tz_page, "/zwgk/rsxx/": rs_page}, truth)


# --------------------------------------------------------------------------- site C: 旧城区 (南威): frozen in 2024, header date written by the server today


def _site_jiucheng() -> BlindSite:
    st, host, name, org = "nanwei", "www.jiucheng.gov.cn", "旧城区", "旧城区人民政府"
    blocks = _news_blocks(st, name, org, "2024-09-12", "街道动态", ("/xwzx/ywdt/", "/xwzx/bmdt/", "/xwzx/jddt/"))
    letters = [(_LETTERS[i], s, a, "已回复") for i, (s, a) in enumerate(
        [("2024-08-28", "2024-09-03"), ("2024-08-20", "2024-08-26"), ("2024-08-11", "2024-08-19"), ("2024-07-30", "2024-08-05")])]
    blocks += [
        Block("通知公告", "/xwzx/tzgg/", _ul(st, _NOTICES, _days_back("2024-08-30", [6, 11, 9, 15, 20]), "/xwzx/tzgg/", name, org, 4)),
        Block("政策文件", "/zwgk/zcwj/", _ul(st, _POLICIES, _days_back("2024-07-15", [30, 41, 27]), "/zwgk/zcwj/", name, org, 5), "gk"),
        Block("人事信息", "/zwgk/rsxx/", _ul(st, _RENSHI, _days_back("2024-05-20", [33, 50]), "/zwgk/rsxx/", name, org, 6), "gk"),
        Block("领导信箱", "/hdjl/ldxx/", _message_table(letters, "/hdjl/ldxx/detail.jsp?id=")),
    ]
    home = _portal(st, host, org, "5101050002", "蜀ICP备08023456号", "51010502000321", "2008-2026", _SECTIONS_DISTRICT,
                   blocks, _SERVER_DATE, "旧城 晴 6~15℃", per=70,
                   counter='<p>本站已安全运行 <span>6,540</span> 天 &nbsp; 总访问量：<span>2,113,908</span></p>')
    left = [("/xwzx/ywdt/", "要闻动态"), ("/xwzx/tzgg/", "通知公告")]
    tz_page = _list_page(st, org, "通知公告", '<a href="/xwzx/">新闻中心</a>',
                         _ul(st, _NOTICES, _days_back("2024-08-30", [6, 11, 9, 15, 20, 14, 8, 30, 12]), "/xwzx/tzgg/", name, org, 4),
                         '<div class="pages">共 9 条记录 第1页/共1页</div>', _SECTIONS_DISTRICT, left, _SERVER_DATE)
    truth = SiteTruth(
        status="zombie", passed=False, must=("abandoned",),
        must_not=("spam_content", "hidden_links", "future_dated", "unanswered_messages", "placeholder_page"),
        home_status="zombie", home_passed=False, home_must=("abandoned",),
        home_must_not=("spam_content", "hidden_links", "placeholder_page"),
        last_updated=_d("2024-09-12"),
        columns=(
            ColumnTruth("要闻动态", "news", _d("2024-09-12")),
            ColumnTruth("部门动态", "news", _d("2024-09-11")),
            ColumnTruth("街道动态", "news", _d("2024-09-11")),
            ColumnTruth("通知公告", "notice", _d("2024-08-30")),
            ColumnTruth("政策文件", "policy", _d("2024-07-15")),
            ColumnTruth("人事信息", "personnel", _d("2024-05-20")),
            ColumnTruth("领导信箱", "interaction", _d("2024-09-03")),
        ),
        note="frozen in September 2024; the header's 今天是2026年11月26日 星期四 is the server's clock, copyright 2008-2026 the template's",
    )
    return BlindSite("jiucheng", host, org, {"/": home, "/xwzx/tzgg/": tz_page}, truth)


# --------------------------------------------------------------------------- site D: 南江市 (中软): five empty columns, 规划计划's page a styled 暂无信息 box


def _site_nanjiang() -> BlindSite:
    st, host, name, org = "zhongruan", "www.nanjiang.gov.cn", "南江市", "南江市人民政府"
    blocks = _news_blocks(st, name, org, "2026-11-24", "区县动态")
    blocks += [
        Block("通知公告", "/xwzx/tzgg/", _ul(st, _NOTICES, _days_back("2026-11-23", [2, 5, 4, 8, 6]), "/xwzx/tzgg/", name, org, 4)),
        Block("政策文件", "/zwgk/zcwj/", _ul(st, _POLICIES, _days_back("2026-11-06", [14, 22, 30]), "/zwgk/zcwj/", name, org, 5)),
        Block("人事信息", "/zwgk/rsxx/", _empty_box(), "gk"),
        Block("规划计划", "/zwgk/ghjh/", _empty_box(), "gk"),
        Block("财政预决算", "/zwgk/czyjs/", _empty_box(), "gk"),
        Block("统计信息", "/zwgk/tjxx/", _empty_box("暂无数据"), "gk"),
        Block("建议提案办理", "/zwgk/jytabl/", _empty_box(), "gk"),
    ]
    home = _portal(st, host, org, "5119000001", "蜀ICP备06034567号-2", "51190202000045", "2006-2026", _SECTIONS_DISTRICT,
                   blocks, _JS_DATE, "南江 阴 3~9℃", per=72)
    left = [("/zwgk/rsxx/", "人事信息"), ("/zwgk/ghjh/", "规划计划"), ("/zwgk/czyjs/", "财政预决算"),
            ("/zwgk/tjxx/", "统计信息"), ("/zwgk/jytabl/", "建议提案办理")]
    gk = '<a href="/zwgk/">政务公开</a>'
    pages = {"/": home}
    pages["/zwgk/ghjh/"] = _list_page(
        st, org, "规划计划", gk,
        '<div class="list-box" style="min-height:420px;padding:20px;border:1px solid #e5e5e5;background:#fafafa">'
        '<div class="no-data" style="margin:120px auto;width:240px;text-align:center;color:#999;font-size:16px">'
        '<img src="/images/empty.png" alt="" style="display:block;margin:0 auto 10px">暂无信息</div></div>', "",
        _SECTIONS_DISTRICT, left)
    pages["/zwgk/rsxx/"] = _list_page(st, org, "人事信息", gk, '<ul class="list"></ul>',
                                      '<div class="pages">共0条 第1/1页 首页 上一页 下一页 尾页</div>', _SECTIONS_DISTRICT, left)
    pages["/zwgk/czyjs/"] = _list_page(st, org, "财政预决算", gk,
                                       '<div class="empty-tip"><img src="/images/nodata.png" alt="暂无数据">暂无数据</div>', "",
                                       _SECTIONS_DISTRICT, left)
    pages["/zwgk/tjxx/"] = _list_page(st, org, "统计信息", gk, '<p class="tips">该栏目暂无信息</p>', "", _SECTIONS_DISTRICT, left)
    pages["/zwgk/jytabl/"] = _list_page(
        st, org, "建议提案办理", gk,
        '<table class="tb" width="100%"><tr><th>索引号</th><th>标题</th><th>发布日期</th></tr>'
        '<tr><td colspan="3" class="none">暂无记录</td></tr></table>', "", _SECTIONS_DISTRICT, left)
    truth = SiteTruth(
        status="stale", passed=False, must=("column_empty",),
        must_not=("homepage_stale", "abandoned", "unanswered_messages", "future_dated", "spam_content", "hidden_links"),
        home_status="healthy", home_passed=True, home_must_not=_BAD,
        last_updated=_d("2026-11-24"),
        counts={"column_empty": 5},
        columns=(
            ColumnTruth("要闻动态", "news", _d("2026-11-24")),
            ColumnTruth("部门动态", "news", _d("2026-11-23")),
            ColumnTruth("区县动态", "news", _d("2026-11-23")),
            ColumnTruth("通知公告", "notice", _d("2026-11-23")),
            ColumnTruth("政策文件", "policy", _d("2026-11-06")),
            ColumnTruth("人事信息", "personnel", None, True),
            ColumnTruth("规划计划", "planning", None, True),
            ColumnTruth("财政预决算", "finance", None, True),
            ColumnTruth("统计信息", "statistics", None, True),
            ColumnTruth("建议提案办理", "other", None, True),
        ),
        note="five empty columns on the homepage's 政务公开 tabs and on their own pages: the veto",
    )
    return BlindSite("nanjiang", host, org, pages, truth)


# --------------------------------------------------------------------------- site E: 东湖区 (TRS): 领导信箱 with unanswered letters


def _site_donghu() -> BlindSite:
    st, host, name, org = "trs", "www.donghu.gov.cn", "东湖区", "东湖区人民政府"
    blocks = _news_blocks(st, name, org, "2026-11-25", "街道动态", ("/xwzx/ywdt/", "/xwzx/bmdt/", "/xwzx/jddt/"))
    home_letters = [
        (_LETTERS[0], "2026-11-23", "2026-11-25", "已回复"),
        (_LETTERS[1], "2026-11-17", "2026-11-20", "已回复"),
        (_LETTERS[2], "2026-11-09", "2026-11-13", "已回复"),
        (_LETTERS[3], "2026-10-10", "", "未回复"),
        (_LETTERS[4], "2026-10-02", "2026-10-09", "已回复"),
    ]
    blocks += [
        Block("通知公告", "/xwzx/tzgg/", _ul(st, _NOTICES, _days_back("2026-11-18", [4, 6, 3, 9]), "/xwzx/tzgg/", name, org, 4)),
        Block("政策文件", "/zwgk/zcwj/", _ul(st, _POLICIES, _days_back("2026-10-30", [16, 21, 34]), "/zwgk/zcwj/", name, org, 5), "zc"),
        Block("政策解读", "/zwgk/zcjd/", _ul(st, _JIEDU, _days_back("2026-11-02", [16, 21]), "/zwgk/zcjd/", name, org, 6), "zc"),
        Block("区长信箱", "/hdjl/qzxx/", _message_table(home_letters, "/hdjl/qzxx/detail.html?id=")),
    ]
    home = _portal(st, host, org, "3601020001", "赣ICP备05004567号", "36010202000210", "2004-2026", _SECTIONS_DISTRICT,
                   blocks, _JS_DATE, "东湖 晴 5~16℃", per=70,
                   counter='<p>访问量：<script src="/counter/count.js"></script><span id="fwl">9,812,003</span></p>')
    rows = [
        (_LETTERS[0], "2026-11-23", "2026-11-25", "已回复"),
        (_LETTERS[1], "2026-11-17", "2026-11-20", "已回复"),
        (_LETTERS[2], "2026-11-09", "2026-11-13", "已回复"),
        (_LETTERS[3], "2026-10-10", "", "未回复"),
        (_LETTERS[4], "2026-10-02", "2026-10-09", "已回复"),
        (_LETTERS[5], "2026-09-14", "2026-09-22", "已回复"),
        (_LETTERS[6], "2026-08-05", "", "未回复"),
        (_LETTERS[7], "2026-07-21", "2026-07-30", "已回复"),
        (_LETTERS[8], "2026-06-12", "", "未回复"),
        (_LETTERS[9], "2026-05-30", "2026-06-08", "已回复"),
        (_LETTERS[10], "2026-04-28", "", "办理中"),
        (_LETTERS[11], "2026-03-16", "2026-03-27", "已回复"),
    ]
    page = _list_page(st, org, "区长信箱", '<a href="/hdjl/">互动交流</a>',
                      '<div class="xx-btns"><a href="/hdjl/qzxx/write.html">我要写信</a> <a href="/hdjl/qzxx/query.html">信件查询</a></div>'
                      + _message_table(rows, "/hdjl/qzxx/detail.html?id="),
                      '<div class="pages">共12条 第1页/共1页</div>', _SECTIONS_DISTRICT,
                      [("/hdjl/qzxx/", "区长信箱"), ("/hdjl/zxzx/", "在线咨询"), ("/hdjl/zjdc/", "征集调查")])
    truth = SiteTruth(
        status="healthy", passed=False, must=("unanswered_messages",),
        must_not=_without("unanswered_messages"),
        home_status="healthy", home_passed=True, home_must_not=_BAD,
        last_updated=_d("2026-11-25"),
        counts={"unanswered_messages": 3},
        columns=(
            ColumnTruth("要闻动态", "news", _d("2026-11-25")),
            ColumnTruth("部门动态", "news", _d("2026-11-24")),
            ColumnTruth("街道动态", "news", _d("2026-11-24")),
            ColumnTruth("通知公告", "notice", _d("2026-11-18")),
            ColumnTruth("政策文件", "policy", _d("2026-10-30")),
            ColumnTruth("政策解读", "policy", _d("2026-11-02")),
            ColumnTruth("区长信箱", "interaction", _d("2026-11-25")),
        ),
        note="未回复 letters of 47, 113 and 167 days and one 办理中 of 212 days: three are past 90 days",
    )
    return BlindSite("donghu", host, org, {"/": home, "/hdjl/qzxx/": page}, truth)


# --------------------------------------------------------------------------- site F: 西岭市 (TRS): 政策文件 filled by script on the homepage, its list sorted oldest first


def _site_xiling() -> BlindSite:
    st, host, name, org = "trs", "www.xiling.gov.cn", "西岭市", "西岭市人民政府"
    blocks = _news_blocks(st, name, org, "2026-11-26", "区县动态")
    blocks += [
        Block("通知公告", "/xwzx/tzgg/", _ul(st, _NOTICES, _days_back("2026-11-24", [3, 2, 5, 4, 7]), "/xwzx/tzgg/", name, org, 4)),
        Block("政策文件", "/zwgk/zcwj/",
              '<ul class="list" id="zcwjList"></ul>\n<script type="text/javascript">\n'
              '$.getJSON("/zwgk/zcwj/list.json?n=6", function(d){var h="";$.each(d.list,function(i,o){'
              'h+="<li><a href=\\""+o.url+"\\" target=\\"_blank\\">"+o.title+"</a><span>"+o.date+"</span></li>";});'
              '$("#zcwjList").html(h);});\n</script>'),
        Block("人事信息", "/zwgk/rsxx/", _ul(st, _RENSHI, _days_back("2026-10-29", [14, 30]), "/zwgk/rsxx/", name, org, 6), "gk"),
        Block("规划计划", "/zwgk/ghjh/", _ul(st, _GUIHUA, _days_back("2026-06-30", [90, 150]), "/zwgk/ghjh/", name, org, 7), "gk"),
    ]
    home = _portal(st, host, org, "6101000003", "陕ICP备05011111号", "61010202000777", "2003-2026", _SECTIONS_DISTRICT,
                   blocks, _JS_DATE, "西岭 晴转多云 -1~9℃", per=70)
    sections = _SECTIONS_DISTRICT
    left = [("/zwgk/zcwj/", "政策文件"), ("/zwgk/zcjd/", "政策解读"), ("/zwgk/rsxx/", "人事信息")]
    # oldest first: page 1 holds 2019, the last page (index_4.html) the newest
    first = [(_d("2019-01-08") + dt.timedelta(days=23 * i)).isoformat() for i in range(15)]
    last = ["2026-05-12", "2026-06-03", "2026-06-25", "2026-07-16", "2026-08-07", "2026-08-28", "2026-09-17",
            "2026-10-09", "2026-10-22", "2026-11-05", "2026-11-19"]
    def page(dates: list[str], cur: int) -> str:
        body = _ul(st, _POLICIES, dates, "./", name, org, 9 + cur)
        pager = (f'<div class="page"><script type="text/javascript">createPageHTML(5, {cur}, "index", "html");</script></div>')
        return _list_page(st, org, "政策文件", '<a href="/zwgk/">政务公开</a>', body, pager, sections, left)
    truth = SiteTruth(
        status="healthy", passed=True, must_not=_BAD,
        home_status="healthy", home_passed=True, home_must_not=_BAD,
        last_updated=_d("2026-11-26"),
        columns=(
            ColumnTruth("要闻动态", "news", _d("2026-11-26")),
            ColumnTruth("部门动态", "news", _d("2026-11-25")),
            ColumnTruth("区县动态", "news", _d("2026-11-25")),
            ColumnTruth("通知公告", "notice", _d("2026-11-24")),
            ColumnTruth("政策文件", "policy", _d("2026-11-19")),
            ColumnTruth("人事信息", "personnel", _d("2026-10-29")),
            ColumnTruth("规划计划", "planning", _d("2026-06-30")),
        ),
        note="政策文件: the homepage box is filled by $.getJSON; its list page is sorted oldest first (2019 on page 1, the newest on index_4.html)",
    )
    return BlindSite("xiling", host, org, {"/": home, "/zwgk/zcwj/": page(first, 0), "/zwgk/zcwj/index_4.html": page(last, 4)}, truth)


# --------------------------------------------------------------------------- site G: 北川区 (南威): 规划计划's "more" leads to a single article


def _site_beichuan() -> BlindSite:
    st, host, name, org = "nanwei", "www.beichuan.gov.cn", "北川区", "北川区人民政府"
    blocks = _news_blocks(st, name, org, "2026-11-25", "乡镇动态", ("/xwzx/ywdt/", "/xwzx/bmdt/", "/xwzx/xzdt/"))
    blocks += [
        Block("通知公告", "/xwzx/tzgg/", _ul(st, _NOTICES, _days_back("2026-11-19", [5, 6, 8, 3]), "/xwzx/tzgg/", name, org, 4)),
        Block("人事信息", "/zwgk/rsxx/", _ul(st, _RENSHI, _days_back("2026-09-28", [20, 41]), "/zwgk/rsxx/", name, org, 5), "gk"),
        Block("规划计划", "/zwgk/ghjh/",
              '<ul class="list">'
              '<li><i class="dot"></i><a href="/zwgk/ghjh/" target="_blank">北川区2026年国民经济和社会发展计划</a><em>2026年02月18日</em></li>'
              '<li><i class="dot"></i><a href="/zwgk/ghjh/content_8810221.html" target="_blank">北川区“十四五”规划纲要实施中期评估报告</a><em>2025年12月30日</em></li>'
              '<li><i class="dot"></i><a href="/zwgk/ghjh/content_8810104.html" target="_blank">北川区2025年国民经济和社会发展计划</a><em>2025年03月10日</em></li>'
              '</ul>', "gk"),
    ]
    home = _portal(st, host, org, "5107260001", "蜀ICP备09012345号", "51072602000115", "2009-2026", _SECTIONS_DISTRICT,
                   blocks, _SERVER_DATE, "北川 多云 7~14℃", per=70)
    paras = "".join(
        f"<p>{s}</p>" for s in [
            "2025年，面对复杂严峻的外部环境，全区上下坚持稳中求进工作总基调，全年实现地区生产总值218.6亿元、增长6.1%。",
            "2026年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；城镇新增就业4000人以上。",
            "（一）扎实推进项目建设。2026年6月30日前完成北川新城污水处理厂二期主体工程；2026年12月31日前建成城南综合客运枢纽。",
            "（二）持续扩大有效需求。全年计划实施区级重点项目120个，完成投资150亿元以上。",
            "（三）加快发展现代农业。新建高标准农田2.5万亩，2026年9月底前完成春耕备耕项目验收。",
            "（四）保障和改善民生。新建改扩建中小学校5所，新增学位3600个。",
        ] * 3
    )
    article = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>北川区2026年国民经济和社会发展计划-北川区人民政府</title>
<meta name="SiteName" content="北川区人民政府"><meta name="ColumnName" content="规划计划">
<meta name="ArticleTitle" content="北川区2026年国民经济和社会发展计划">
<meta name="PubDate" content="2026-02-18 16:30">
<meta name="ContentSource" content="北川区发展和改革局">
{_CSS_LINKS}</head><body class="nanwei-tpl">
<div class="top-bar"><div class="container">{_SERVER_DATE}</div></div>
<div class="head"><div class="container"><a href="/" class="logo"><img src="/images/logo.png" alt="{org}"></a></div></div>
{_mega_menu("", _SECTIONS_DISTRICT, 25, "other")}
<div class="container crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <span>规划计划</span></div>
<div class="container clearfix">
  <div class="article">
    <h1 class="art-tit">北川区2026年国民经济和社会发展计划</h1>
    <div class="art-info"><span>发布时间：2026-02-18 16:30</span><span>来源：北川区发展和改革局</span><span>浏览次数：<em id="hits">1,208</em></span>
      <span class="font">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
    <div class="art-con" id="zoom">{paras}
      <p style="text-align:right">北川区发展和改革局</p><p style="text-align:right">2026年2月18日</p>
    </div>
    <div class="art-fj">附件：<a href="/zwgk/ghjh/P020260218512345.pdf">北川区2026年国民经济和社会发展计划.pdf</a></div>
    <div class="art-share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a>
      <a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
  <div class="related"><h4>相关文章</h4><ul>
    <li><a href="/zwgk/ghjh/content_8809001.html">北川区2024年国民经济和社会发展计划</a><span>2024-03-12</span></li>
    <li><a href="/zwgk/ghjh/content_8808120.html">北川区2023年国民经济和社会发展计划</a><span>2023-03-08</span></li>
    <li><a href="/zwgk/ghjh/content_8807002.html">北川区国民经济和社会发展第十四个五年规划纲要</a><span>2021-04-06</span></li>
  </ul></div>
</div>
{_footer(org, "5107260001", "蜀ICP备09012345号", "51072602000115", "2009-2026", "北川区融媒体中心")}
</body></html>"""
    truth = SiteTruth(
        status="healthy", passed=True, must_not=_BAD,
        home_status="healthy", home_passed=True, home_must_not=_BAD,
        last_updated=_d("2026-11-25"),
        columns=(
            ColumnTruth("要闻动态", "news", _d("2026-11-25")),
            ColumnTruth("部门动态", "news", _d("2026-11-24")),
            ColumnTruth("乡镇动态", "news", _d("2026-11-24")),
            ColumnTruth("通知公告", "notice", _d("2026-11-19")),
            ColumnTruth("人事信息", "personnel", _d("2026-09-28")),
            ColumnTruth("规划计划", "planning", _d("2026-02-18")),
        ),
        page_dates={"/zwgk/ghjh/": _d("2026-02-18")},
        note="规划计划's 'more' link is a single-article channel (the 2026 plan); its body holds deadlines ahead and a 相关文章 box of older plans",
    )
    return BlindSite("beichuan", host, org, {"/": home, "/zwgk/ghjh/": article}, truth)


# --------------------------------------------------------------------------- site H: 临江市 (政务公开 platform): 成文日期 and 发布日期 differ


def _gk_table(rows: list[tuple[str, str, str, str, str]], base: str) -> str:
    trs = "".join(
        f'<tr><td class="syh">{syh}</td><td class="bt"><a href="{base}{_d(pub):%Y%m}/t{_d(pub):%Y%m%d}_{6600000 + i}.html" target="_blank" title="{t}">{t}</a></td>'
        f"<td>{jg}</td><td>{cw}</td><td>{pub}</td></tr>"
        for i, (syh, t, jg, cw, pub) in enumerate(rows)
    )
    return ('<table class="gk-table" width="100%"><thead><tr><th width="18%">索引号</th><th>标题</th><th width="14%">发布机构</th>'
            f'<th width="11%">成文日期</th><th width="11%">发布日期</th></tr></thead><tbody>{trs}</tbody></table>')


def _site_linjiang() -> BlindSite:
    st, host, name, org = "zhongruan", "www.linjiang.gov.cn", "临江市", "临江市人民政府"
    blocks = _news_blocks(st, name, org, "2026-11-25", "区县动态")
    zc = [
        ("11220100MB1234567X/2026-00412", _fill(_POLICIES[0], 0, name, org), "临江市人民政府", "2026-05-22", "2026-06-10"),
        ("11220100MB1234567X/2026-00388", _fill(_POLICIES[1], 1, name, org), "临江市人民政府", "2026-04-28", "2026-05-19"),
        ("11220100MB1234567X/2026-00301", _fill(_POLICIES[2], 2, name, org), "临江市人民政府办公室", "2026-03-30", "2026-04-14"),
        ("11220100MB1234567X/2026-00217", _fill(_POLICIES[3], 3, name, org), "临江市人民政府", "2026-02-26", "2026-03-11"),
    ]
    jd = [
        ("11220100MB1234567X/2026-00415", _fill(_JIEDU[0], 0, name, org), "临江市政务服务和数字化建设管理局", "2026-06-12", "2026-06-12"),
        ("11220100MB1234567X/2026-00391", _fill(_JIEDU[1], 1, name, org), "临江市发展和改革委员会", "2026-05-20", "2026-05-20"),
    ]
    tree = "".join(
        f'<li><a href="/zwgk/zfxxgkml/{s}/" target="_blank">{t}</a></li>'
        for s, t in [("jgzn", "机构职能"), ("zcwj", "政策文件"), ("zcjd", "政策解读"), ("ghjh", "规划计划"),
                     ("czyjs", "财政预决算"), ("rsxx", "人事信息"), ("tjxx", "统计信息"), ("jytabl", "建议提案办理"),
                     ("zfcg", "政府采购"), ("zdxm", "重大项目"), ("shgysy", "社会公益事业"), ("xzzf", "行政执法")]
    )
    blocks += [
        Block("通知公告", "/xwzx/tzgg/", _ul(st, _NOTICES, _days_back("2026-11-20", [4, 6, 5, 9]), "/xwzx/tzgg/", name, org, 4)),
        Block("政策文件", "/zwgk/zcwj/", _gk_table(zc[:3], "/zwgk/zcwj/"), "gk"),
        Block("政策解读", "/zwgk/zcjd/", _gk_table(jd, "/zwgk/zcjd/"), "gk"),
    ]
    extra = f"""<div class="gk-box clearfix"><div class="gk-hd"><h3><a href="/zwgk/">政府信息公开</a></h3></div>
<div class="gk-l"><h4>公开目录</h4><ul class="gk-tree">{tree}</ul>
<p class="gk-links"><a href="/zwgk/gkzn/">政府信息公开指南</a> <a href="/zwgk/gkzd/">政府信息公开制度</a> <a href="/zwgk/gknb/">政府信息公开年报</a> <a href="/zwgk/ysqgk/">依申请公开</a></p></div>
</div>"""
    home = _portal(st, host, org, "2202000001", "吉ICP备05002222号", "22020202000016", "2005-2026", _SECTIONS_DISTRICT,
                   blocks, _JS_DATE, "临江 小雪 -8~-1℃", per=70, extra_body=extra)
    more_zc = [
        *zc,
        ("11220100MB1234567X/2026-00150", _fill(_POLICIES[4], 4, name, org), "临江市人民政府办公室", "2026-01-20", "2026-02-02"),
        ("11220100MB1234567X/2025-00611", _fill(_POLICIES[5], 5, name, org), "临江市人民政府", "2025-12-10", "2025-12-24"),
        ("11220100MB1234567X/2025-00587", _fill(_POLICIES[6], 6, name, org), "临江市人民政府办公室", "2025-11-18", "2025-12-01"),
    ]
    page = _list_page(st, org, "政策文件", '<a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/zfxxgkml/">法定主动公开内容</a>',
                      _gk_table(more_zc, "/zwgk/zcwj/"),
                      '<div class="pages">共 57 条 <a href="/zwgk/zcwj/index_1.html">下一页</a> <a href="/zwgk/zcwj/index_8.html">尾页</a></div>',
                      _SECTIONS_DISTRICT, [("/zwgk/zcwj/", "政策文件"), ("/zwgk/zcjd/", "政策解读"), ("/zwgk/ghjh/", "规划计划")])
    truth = SiteTruth(
        status="healthy", passed=True, must_not=_BAD,
        home_status="healthy", home_passed=True, home_must_not=_BAD,
        last_updated=_d("2026-11-25"),
        columns=(
            ColumnTruth("要闻动态", "news", _d("2026-11-25")),
            ColumnTruth("部门动态", "news", _d("2026-11-24")),
            ColumnTruth("区县动态", "news", _d("2026-11-24")),
            ColumnTruth("通知公告", "notice", _d("2026-11-20")),
            ColumnTruth("政策文件", "policy", _d("2026-06-10")),
            ColumnTruth("政策解读", "policy", _d("2026-06-12")),
        ),
        note="政策文件's newest 发布日期 is 169 days old, its 成文日期 188: the column is updated when published, within 180",
    )
    return BlindSite("linjiang", host, org, {"/": home, "/zwgk/zcwj/": page}, truth)


def sites() -> list[BlindSite]:
    return [
        _site_qingchuan(), _site_yunyang(), _site_jiucheng(), _site_nanjiang(),
        _site_donghu(), _site_xiling(), _site_beichuan(), _site_linjiang(),
    ]
