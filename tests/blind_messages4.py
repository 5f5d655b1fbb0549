"""Blind evaluation: citizen-message columns (领导信箱, 12345, 首長信箱, Ask the council).

Pages and truth written from knowledge of real platforms (TRS/Hanweb/大汉 county
portals, 12345 hotline boards, Taiwanese 首長信箱, a UK-style council Q&A) BEFORE
any scan.  NOW is 2026-11-20 (Asia/Shanghai).  Every site is served by host name;
article paths not listed answer with a generic article page (see ``article``).

Rule applied (README, `unanswered_messages`): a citizen message dated 91..365
days before NOW whose current state is an unanswered one (未回复, 办理中, 已受理,
转办中, 待答复, Pending...) fires the veto; 不予受理 is an answer; a letter older
than 365 days is outside the window.  已转办 ("forwarded to the department in
charge") is decided as *unanswered*: it is the same in-process state as 转办中 -
the citizen has had no reply, only a routing notice; the inspectors' item is a
consultation "unanswered for more than 3 months", and forwarding is not an answer.
已受理 ("accepted") is unanswered for the same reason, and the README lists it.
征集调查 (surveys, 进行中), 在线访谈 (interviews) and 常见问题 (FAQ) are not
citizen messages and never count.
"""

from __future__ import annotations

import datetime as dt

NOW = dt.date(2026, 11, 20)


def ago(days: int) -> dt.date:
    return NOW - dt.timedelta(days=days)


def iso(days: int) -> str:
    return ago(days).isoformat()


def zh(days: int) -> str:
    d = ago(days)
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def roc(days: int) -> str:
    d = ago(days)
    return f"{d.year - 1911}-{d.month:02d}-{d.day:02d}"


def slash(days: int) -> str:
    d = ago(days)
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def en(days: int) -> str:
    d = ago(days)
    return f"{d.day} {d.strftime('%B')} {d.year}"


def url_of(prefix: str, days: int, n: int) -> str:
    d = ago(days)
    return f"{prefix}{d.year}{d.month:02d}/t{d.year}{d.month:02d}{d.day:02d}_{n}.html"


# --------------------------------------------------------------------------
# shared chrome (simplified Chinese county/city portals)
# --------------------------------------------------------------------------

DEPTS = [
    "发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局",
    "财政局", "人力资源和社会保障局", "自然资源局", "生态环境分局", "住房和城乡建设局",
    "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康局",
    "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局",
    "林业局", "信访局", "行政审批服务局", "城市管理综合执法局", "乡村振兴局", "数据资源局",
]
TOWNS = ["城关镇", "东关镇", "西河镇", "南湖乡", "北山乡", "柳林镇", "石桥镇", "白水乡", "金沙镇", "青龙乡"]

NEWS_TITLES = [
    "县委常委会召开会议传达学习全会精神", "县政府召开第四十二次常务会议", "全县冬春农田水利基本建设现场推进会召开",
    "县领导带队督导检查安全生产工作", "我县召开优化营商环境工作推进会", "县人大常委会开展专题视察活动",
    "全县秋冬季森林防火工作会议召开", "县长深入乡镇调研项目建设情况", "我县举办2026年秋季招聘会",
    "县政协召开十一届二十次常委会议", "全县民营经济发展大会召开", "我县启动冬季清洁取暖专项行动",
    "县委理论学习中心组举行专题学习", "我县组织开展消防安全应急演练", "全县信访工作联席会议召开",
    "县政府与省农科院签署战略合作协议",
]
NOTICE_TITLES = [
    "关于2026年冬季供暖期调整的通告", "关于开展全县第五次经济普查入户登记的公告", "关于公开征求《县城市容管理办法（征求意见稿）》意见的通知",
    "关于2026年度行政事业性收费项目清单的公示", "关于元旦期间烟花爆竹禁放的通告", "关于城区部分路段临时交通管制的通告",
    "关于县人民医院门诊楼改造工程施工的公告", "关于2026年耕地地力保护补贴发放情况的公示",
]
POLICY_TITLES = [
    "县人民政府关于印发《县域商业体系建设实施方案》的通知", "县人民政府办公室关于进一步做好稳就业工作的通知",
    "县人民政府关于调整城乡居民基本医疗保险筹资标准的通知", "县人民政府办公室关于印发冬春季森林防灭火工作方案的通知",
    "县人民政府关于公布行政规范性文件清理结果的决定", "县人民政府办公室关于印发《农村人居环境整治提升行动方案》的通知",
]
PERSONNEL_TITLES = [
    "2026年县直事业单位公开招聘工作人员拟聘用人员公示", "县人民政府关于张某某等同志职务任免的通知",
    "2026年度县属国有企业公开招聘公告", "关于2026年公开遴选公务员拟遴选人员的公示",
]


STYLE = "<style>\n" + "\n".join(
    f".c{i}{{margin:0;padding:0 {i}px;font-size:14px;line-height:28px;color:#333;background:url(/static/images/bg{i}.png) no-repeat right center;}}"
    for i in range(40)) + "\n</style>"

TOWN_NEWS = [f"{t}{x}" for t in TOWNS for x in ["召开冬季安全生产专题会议", "开展人居环境整治集中行动"]]


def head(title: str, charset: str = "utf-8", lang: str = "zh-CN") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="{title}">
<meta name="SiteDomain" content="www.example.gov.cn">
<meta name="SiteIDCode" content="3701240001">
<meta name="ColumnName" content="首页">
<meta name="ColumnType" content="首页">
<title>{title}</title>
<link rel="stylesheet" href="/static/css/common.css">
<link rel="stylesheet" href="/static/css/index.css">
{STYLE}
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script src="/static/js/jquery.SuperSlide.2.1.3.js"></script>
</head>
"""


def topbar(site: str) -> str:
    return f"""<div class="topbar"><div class="w1200 clearfix">
<span class="fl" id="today"><script>document.write(new Date().toLocaleDateString());</script></span>
<span class="fl weather">晴 -2~9℃ 空气质量：良</span>
<div class="fr topbar-r">
<a href="javascript:void(0)" id="cniil_wza">无障碍浏览</a> | <a href="javascript:void(0)" class="elder">长者模式</a> |
<a href="javascript:void(0)" id="st_JF">繁體版</a> | <a href="/wzdt/">网站地图</a> | <a href="/mobile/">手机版</a> |
<a href="/jgs/">微信</a> | <a href="/sina/">微博</a>
</div></div></div>
<div class="header"><div class="w1200 clearfix">
<a class="logo fl" href="/"><img src="/static/images/logo.png" alt="{site}"></a>
<div class="search fr"><form action="/search/" method="get" target="_blank">
<input type="text" name="q" placeholder="请输入关键字"><select name="scope"><option>全站</option><option>标题</option><option>正文</option></select>
<button type="submit">搜索</button></form>
<div class="hotword">热词：<a href="/search/?q=社保">社保</a><a href="/search/?q=公积金">公积金</a><a href="/search/?q=招聘">招聘</a><a href="/search/?q=养老">养老</a></div>
</div></div></div>
"""


def mega_nav(hd: str) -> str:
    """Mega menu: six channels, each a drop-down of 8-12 sub-column links."""
    chans = [
        ("首页", "/", []),
        ("政务公开", "/zwgk/", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "政策文件", "政策解读", "规划计划", "财政预决算", "人事信息", "统计信息", "重大行政决策"]),
        ("政务服务", "/zwfw/", ["个人办事", "法人办事", "部门服务", "主题服务", "便民服务", "办件公示", "好差评", "证照查询"]),
        (hd, "/hdjl/", ["县长信箱", "书记信箱", "12345热线", "在线访谈", "征集调查", "咨询投诉", "常见问题", "意见征集"]),
        ("走进本县", "/zjbx/", ["县情概况", "历史沿革", "行政区划", "自然地理", "人口民族", "旅游资源", "特色产业", "领导信息"]),
        ("专题专栏", "/ztzl/", ["学习贯彻党的二十大精神", "优化营商环境", "乡村振兴", "安全生产", "扫黑除恶", "文明城市创建", "疫情防控", "双拥共建"]),
    ]
    out = ['<div class="nav"><ul class="w1200 clearfix">']
    for i, (name, href, subs) in enumerate(chans):
        out.append(f'<li class="nav-li"><a class="nav-a" href="{href}">{name}</a>')
        if subs:
            out.append('<div class="subnav"><dl>')
            for j, s in enumerate(subs):
                out.append(f'<dd><a href="{href}{chr(97 + j)}{i}/">{s}</a></dd>')
            out.append("</dl></div>")
        out.append("</li>")
    out.append("</ul></div>")
    return "\n".join(out)


def banner() -> str:
    return """<div class="banner"><div class="bd"><ul>
<li><img src="/static/images/banner1.jpg" alt="壮丽七十七年 奋斗新时代"></li>
<li><img src="/static/images/banner2.jpg" alt="优化营商环境 我们在行动"></li>
</ul></div><div class="hd"><ul><li>1</li><li>2</li></ul></div></div>
<script>jQuery(".banner").slide({mainCell:".bd ul",autoPlay:true,interTime:5000});</script>
"""


def li_list(prefix: str, titles: list[str], days: list[int], fmt: str = "iso", n0: int = 1) -> str:
    rows = []
    for k, (t, d) in enumerate(zip(titles, days, strict=False)):
        date = {"iso": iso(d), "zh": zh(d), "slash": slash(d), "md": iso(d)[5:]}[fmt]
        if fmt == "md":
            date = f"[{date}]"
        rows.append(f'<li><a href="{url_of(prefix, d, n0 + k)}" target="_blank" title="{t}">{t}</a><span class="date">{date}</span></li>')
    return "\n".join(rows)


def block(title: str, more: str, inner: str, cls: str = "box") -> str:
    return f"""<div class="{cls}"><div class="box-hd"><h3><a href="{more}">{title}</a></h3><a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></div>
<div class="box-bd"><ul class="list">
{inner}
</ul></div></div>
"""


def tabbox(tabs: list[tuple[str, str, str]]) -> str:
    on = ' class="on"'
    hidden = ' style="display:none"'
    hd = "".join(f'<li{on if i == 0 else ""}><a href="{m}">{t}</a></li>' for i, (t, m, _) in enumerate(tabs))
    bd = "".join(f'<div class="tab-pane"{"" if i == 0 else hidden}><ul class="list">{inner}</ul><a class="more" href="{m}">更多&gt;&gt;</a></div>' for i, (t, m, inner) in enumerate(tabs))
    return f'<div class="tabbox"><div class="tab-hd"><ul>{hd}</ul></div><div class="tab-bd">{bd}</div></div>\n<script>jQuery(".tabbox").slide({{titCell:".tab-hd li",mainCell:".tab-bd",trigger:"mouseover"}});</script>\n'


def service_grid() -> str:
    items = ["社保查询", "公积金查询", "不动产登记", "户籍办理", "出入境", "婚姻登记", "医保报销", "企业开办", "工程建设审批",
             "水电气报装", "个体户注册", "营业执照", "教育入学", "养老服务", "残疾人补贴", "就业创业", "退休审批", "车驾管业务"]
    cells = "".join(f'<li><a href="/zwfw/bm/{i}/"><i class="ico ico{i}"></i><span>{s}</span></a></li>' for i, s in enumerate(items))
    return f'<div class="service"><div class="box-hd"><h3>便民服务</h3></div><ul class="grid clearfix">{cells}</ul></div>\n'


def dept_links() -> str:
    opts = "".join(f'<option value="/bm/{i}/">县{d}</option>' for i, d in enumerate(DEPTS))
    towns = "".join(f'<option value="/xz/{i}/">{t}</option>' for i, t in enumerate(TOWNS))
    return f"""<div class="links w1200"><span>相关链接：</span>
<select onchange="window.open(this.value)"><option>国务院部门网站</option><option value="/gwy/1/">外交部</option><option value="/gwy/2/">国家发展和改革委员会</option><option value="/gwy/3/">教育部</option></select>
<select onchange="window.open(this.value)"><option>县直部门网站</option>{opts}</select>
<select onchange="window.open(this.value)"><option>乡镇网站</option>{towns}</select>
</div>
"""


def footer(site: str, host_code: str, year: int = 2026) -> str:
    return f"""<div class="footer"><div class="w1200 clearfix">
<div class="ft-links"><a href="/gywm/">关于我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/mzsm/">免责声明</a> | <a href="/ysbh/">隐私保护</a></div>
<p>主办单位：{site}办公室　承办单位：{site}大数据中心　联系电话：0531-8888{host_code}</p>
<p>版权所有 © 2013-{year} {site}　<a href="https://beian.miit.gov.cn/">鲁ICP备05001{host_code}号-1</a>　<img src="/static/images/ga.png" alt="">鲁公网安备 37012402000{host_code}号　网站标识码：37012400{host_code}</p>
<p>建议使用1366*768分辨率 IE9以上版本浏览器浏览本网站　本站已支持IPv6</p>
<div class="ft-icons"><a href="/jiucuo/"><img src="/static/images/jiucuo.png" alt="政府网站找错"></a><a href="/dzjg/"><img src="/static/images/dzjg.png" alt="党政机关"></a></div>
</div></div>
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="/static/js/tongji.js?v=20240105";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
<script src="/static/js/wza.js"></script>
</body></html>
"""


def zhuanti() -> str:
    items = ["学习贯彻党的二十大精神", "优化营商环境", "乡村振兴", "安全生产月", "文明城市创建", "法治政府建设", "民法典宣传", "12345热线"]
    return '<div class="zt w1200"><ul class="clearfix">' + "".join(
        f'<li><a href="/ztzl/{i}/"><img src="/static/images/zt{i}.jpg" alt="{s}"></a></li>' for i, s in enumerate(items)) + "</ul></div>\n"


def gov_homepage(site: str, code: str, hd: str, news_days: list[int], notice_days: list[int], policy_days: list[int],
                 personnel_days: list[int], interaction: str, extra: str = "") -> str:
    news = li_list("/xwzx/zwyw/", NEWS_TITLES[: len(news_days)], news_days)
    dept = li_list("/xwzx/bmdt/", NEWS_TITLES[8: 8 + len(news_days)], [d + 1 for d in news_days], n0=50)
    tabs = tabbox([
        ("通知公告", "/zwgk/tzgg/", li_list("/zwgk/tzgg/", NOTICE_TITLES[: len(notice_days)], notice_days, n0=100)),
        ("政策文件", "/zwgk/zcwj/", li_list("/zwgk/zcwj/", POLICY_TITLES[: len(policy_days)], policy_days, n0=200)),
        ("人事信息", "/zwgk/rsxx/", li_list("/zwgk/rsxx/", PERSONNEL_TITLES[: len(personnel_days)], personnel_days, n0=300)),
    ])
    return (head(site) + '<body>\n' + topbar(site) + mega_nav(hd) + banner()
            + '<div class="main w1200 clearfix"><div class="fl w590">'
            + block("政务要闻", "/xwzx/zwyw/", news) + '</div><div class="fr w590">' + block("部门动态", "/xwzx/bmdt/", dept)
            + '</div></div>\n<div class="main w1200 clearfix"><div class="fl w590">' + tabs + '</div><div class="fr w590">'
            + interaction + '</div></div>\n' + extra
            + '<div class="main w1200 clearfix"><div class="fl w590">'
            + block("乡镇动态", "/xwzx/xzdt/", li_list("/xwzx/xzdt/", TOWN_NEWS[:10], [d + 2 for d in news_days] + [12, 13], n0=400))
            + '</div><div class="fr w590">'
            + block("图片新闻", "/xwzx/tpxw/", "".join(f'<li><a href="/xwzx/tpxw/p{k}.html"><img src="/static/images/tp{k}.jpg" alt="{t}"><p>{t}</p></a></li>' for k, t in enumerate(NEWS_TITLES[:6])))
            + '</div></div>\n' + service_grid() + zhuanti() + dept_links() + footer(site, code))


def list_page(site: str, crumb: str, body: str, pager: str = "") -> str:
    side = "".join(f'<li><a href="/hdjl/{c}/">{n}</a></li>' for c, n in [
        ("xzxx", "县长信箱"), ("sjxx", "书记信箱"), ("rx12345", "12345热线"), ("zxft", "在线访谈"), ("zjdc", "征集调查"), ("cjwt", "常见问题")])
    return (head(f"{crumb}_{site}") + "<body>\n" + topbar(site) + mega_nav("互动交流")
            + f'<div class="w1200 clearfix"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; {crumb}</div>'
            + f'<div class="leftnav fl"><h2>互动交流</h2><ul>{side}</ul></div>'
            + f'<div class="rightcon fr"><div class="con-hd"><h2>{crumb}</h2></div><div class="con-bd">{body}</div>{pager}</div></div>\n'
            + footer(site, "07"))


def article(site: str, title: str, date: str) -> str:
    return (head(title) + "<body>\n" + topbar(site) + mega_nav("互动交流")
            + f'<div class="w1200 article"><h1>{title}</h1><div class="info">发布时间：{date}　来源：{site}办公室　'
            + '浏览次数：<span id="hits">128</span></div><div class="content"><p>　　' + "为深入贯彻落实相关工作部署，现将有关事项通知如下。" * 20
            + "</p></div></div>\n" + footer(site, "09"))


def msg_table(prefix: str, rows: list[tuple[str, int, str]], with_reply_col: bool = False, seq: bool = False,
              kind_col: bool = False) -> str:
    """标题 | 来信时间 | 状态 table as 领导信箱 boards show it.  rows: (title, days_ago, state)."""
    h = ["<table class=\"xx-table\" width=\"100%\" cellspacing=\"0\">", "<tr class=\"th\">"]
    if seq:
        h.append("<th>序号</th>")
    if kind_col:
        h.append("<th>类型</th>")
    h.append("<th>信件标题</th><th>来信时间</th>")
    if with_reply_col:
        h.append("<th>回复时间</th>")
    h.append("<th>状态</th></tr>")
    for k, (t, d, state) in enumerate(rows):
        h.append("<tr>")
        if seq:
            h.append(f"<td>{k + 1}</td>")
        if kind_col:
            h.append(f"<td>{['咨询', '投诉', '建议', '求助'][k % 4]}</td>")
        h.append(f'<td class="tl"><a href="{prefix}detail_{k + 1}.html" target="_blank">{t}</a></td><td>{iso(d)}</td>')
        if with_reply_col:
            h.append(f"<td>{iso(max(d - 6, 0)) if state in ('已回复', '已办结') else ''}</td>")
        h.append(f'<td><span class="state">{state}</span></td></tr>')
    h.append("</table>")
    return "\n".join(h)


def write_box(title: str, more: str, inner: str) -> str:
    """A 政民互动 box: heading, 我要写信 / 信件查询 buttons, then its list."""
    return f"""<div class="box hdjl"><div class="box-hd"><h3>{title}</h3><a class="more" href="{more}">更多&gt;&gt;</a></div>
<div class="hd-btns"><a href="{more}write.html" class="btn">我要写信</a><a href="{more}query.html" class="btn">信件查询</a><a href="{more}xz.html" class="btn">写信须知</a></div>
<div class="box-bd">{inner}</div></div>
"""


LETTERS = [
    "关于城关镇幸福小区供暖不热的问题", "咨询灵活就业人员社保缴费标准", "反映西河镇道路破损严重", "关于新生儿落户需要哪些材料",
    "南湖乡垃圾清运不及时", "咨询公租房申请条件", "建议在县一中门口增设红绿灯", "反映某小区物业乱收费问题",
    "咨询退役军人优待证办理", "关于农村危房改造补助发放的咨询", "反映夜间施工噪音扰民", "咨询不动产证办理进度",
    "建议增加县城至柳林镇公交班次", "反映商户占道经营", "咨询高龄津贴申领", "关于小区停车位产权的咨询",
    "反映自来水水质发黄", "咨询残疾人两项补贴", "关于农民工工资拖欠的投诉", "咨询医保异地就医备案",
]


def letters(spec: list[tuple[int, str]], start: int = 0) -> list[tuple[str, int, str]]:
    return [(LETTERS[(start + i) % len(LETTERS)], d, s) for i, (d, s) in enumerate(spec)]


def hp_msg_box(title: str, more: str, rows: list[tuple[str, int, str]], show_state: bool = True) -> str:
    lis = "".join(
        f'<li><a href="{more}detail_{k + 1}.html">{t}</a>'
        + (f'<em class="zt">[{s}]</em>' if show_state else "")
        + f'<span class="date">{iso(d)[5:]}</span></li>'
        for k, (t, d, s) in enumerate(rows))
    return write_box(title, more, f'<ul class="list">{lis}</ul>')


def pager(cur: int, total: int, base: str = "index") -> str:
    return (f'<div class="page">共{total}页 当前第{cur}页 <a href="{base}.html">首页</a> <a href="{base}.html">上一页</a> '
            + (f'<a href="{base}_{cur}.html">下一页</a>' if cur < total else "<span>下一页</span>")
            + f' <a href="{base}_{total - 1}.html">尾页</a></div>')


FRESH_NEWS = [0, 1, 2, 3, 5, 6, 8, 9]
FRESH_NOTICE = [4, 12, 25, 40, 61, 80]
FRESH_POLICY = [7, 30, 55, 90, 120]
FRESH_PERSONNEL = [10, 60, 150, 200]

# --------------------------------------------------------------------------
# site builders
# --------------------------------------------------------------------------

SITES: list[dict] = []


def add(host: str, pages: dict[str, str | bytes], truth: dict, charset: str = "utf-8") -> None:
    SITES.append({"host": host, "pages": pages, "truth": truth, "charset": charset})


# --- 1. 县长信箱, all answered; recent letters 办理中 (within a week) -------------
S1 = "平阴县人民政府"
s1_rows = letters([(1, "办理中"), (3, "办理中"), (6, "办理中"), (9, "已回复"), (15, "已回复"), (33, "已办结"), (58, "已办结"),
                   (95, "已办结"), (120, "已回复"), (160, "已办结"), (200, "已回复"), (260, "已办结"), (330, "已回复"), (400, "已回复")])
add("xz-pingyin", {
    "/": gov_homepage(S1, "01", "政民互动", FRESH_NEWS, FRESH_NOTICE, FRESH_POLICY, FRESH_PERSONNEL,
                      hp_msg_box("县长信箱", "/hdjl/xzxx/", s1_rows[:6])),
    "/hdjl/xzxx/": list_page(S1, "县长信箱", msg_table("/hdjl/xzxx/", s1_rows), pager(1, 1)),
}, {
    "status": "healthy", "passed": True,
    "must": [], "must_not": ["unanswered_messages", "homepage_stale", "column_stale", "column_empty", "spam_content", "hidden_links"],
    "unanswered": None,
    "columns": {"政务要闻": ("news", iso(0)), "部门动态": ("news", iso(1)), "通知公告": ("notice", iso(4)),
                "政策文件": ("policy", iso(7)), "人事信息": ("personnel", iso(10)), "县长信箱": ("interaction", iso(1))},
    "page_date": iso(0),
    "why": "办理中 only on letters of the last week; everything older answered",
})

# --- 2. 书记信箱: three letters 91..365 days old still 办理中; one 未回复 of 2025 ----
S2 = "长清区人民政府"
s2_rows = letters([(2, "已回复"), (5, "办理中"), (11, "已回复"), (27, "已回复"), (49, "已办结"), (88, "已回复"),
                   (97, "办理中"), (131, "已回复"), (150, "办理中"), (190, "已办结"), (244, "办理中"), (301, "已回复"),
                   (372, "已回复"), (420, "未回复")], start=3)
add("cq-changqing", {
    "/": gov_homepage(S2, "02", "互动交流", FRESH_NEWS, FRESH_NOTICE, FRESH_POLICY, FRESH_PERSONNEL,
                      hp_msg_box("书记信箱", "/hdjl/sjxx/", s2_rows[:5])),
    "/hdjl/sjxx/": list_page(S2, "书记信箱", msg_table("/hdjl/sjxx/", s2_rows), pager(1, 1)),
}, {
    "status": "healthy", "passed": False,
    "must": ["unanswered_messages"], "must_not": ["homepage_stale", "column_stale", "column_empty"],
    "unanswered": {"count": 3, "oldest": iso(244)},
    "columns": {"政务要闻": ("news", iso(0)), "通知公告": ("notice", iso(4)), "政策文件": ("policy", iso(7)),
                "书记信箱": ("interaction", iso(2))},
    "page_date": iso(0),
    "why": "97/150/244 days 办理中 fire; 420-day 未回复 is outside the year; 5-day 办理中 is young",
})

# --- 3. 12345 热线: 已转办 / 已受理 old; 不予受理 old (an answer) ------------------
S3 = "章丘区人民政府"
s3_rows = letters([(0, "已受理"), (4, "已转办"), (10, "已办结"), (21, "已办结"), (46, "已办结"), (93, "已办结"),
                   (104, "已转办"), (118, "不予受理"), (139, "已办结"), (175, "已受理"), (212, "已转办"), (260, "不予受理"),
                   (318, "已办结"), (377, "已转办")], start=7)
add("zq-zhangqiu", {
    "/": gov_homepage(S3, "03", "政民互动", FRESH_NEWS, FRESH_NOTICE, FRESH_POLICY, FRESH_PERSONNEL,
                      write_box("12345热线", "/hdjl/rx12345/",
                                '<ul class="list">' + "".join(f'<li><a href="/hdjl/rx12345/detail_{k + 1}.html">{t}</a><span>{iso(d)}</span></li>'
                                                              for k, (t, d, _s) in enumerate(s3_rows[:6])) + "</ul>")),
    "/hdjl/rx12345/": list_page(S3, "12345热线", '<p class="tip">市民诉求由12345政务服务便民热线统一受理，转相关部门办理。</p>'
                                + msg_table("/hdjl/rx12345/", s3_rows, seq=True, kind_col=True), pager(1, 1)),
}, {
    "status": "healthy", "passed": False,
    "must": ["unanswered_messages"], "must_not": ["homepage_stale", "column_stale", "column_empty"],
    "unanswered": {"count": 3, "oldest": iso(212)},
    "columns": {"政务要闻": ("news", iso(0)), "通知公告": ("notice", iso(4)), "12345热线": ("interaction", iso(0))},
    "page_date": iso(0),
    "why": "已转办 104 and 212, 已受理 175 are unanswered; 不予受理 118/260 are answers; 377 is outside the year",
})

# --- 4. states as icons (img alt) and a 回复时间 column ------------------------------
S4 = "济阳区人民政府"
s4_spec = [(1, "未回复"), (8, "已回复"), (16, "已回复"), (39, "已回复"), (92, "未回复"), (123, "已回复"),
           (166, "已回复"), (205, "未回复"), (290, "已回复"), (390, "未回复")]
s4_rows = letters(s4_spec, start=11)


def icon_table(prefix: str, rows: list[tuple[str, int, str]]) -> str:
    out = ['<table class="mail-list"><thead><tr><td>标题</td><td>来信日期</td><td>回复日期</td><td>办理状态</td></tr></thead><tbody>']
    for k, (t, d, s) in enumerate(rows):
        img = "yhf.png" if s == "已回复" else "whf.png"
        reply = iso(max(d - 5, 0)) if s == "已回复" else ""
        out.append(f'<tr><td><a href="{prefix}detail_{k + 1}.html">{t}</a></td><td>{iso(d)}</td><td>{reply}</td>'
                   f'<td><img src="/static/images/{img}" alt="{s}" title="{s}"></td></tr>')
    out.append("</tbody></table>")
    return "\n".join(out)


add("jy-jiyang", {
    "/": gov_homepage(S4, "04", "政民互动", FRESH_NEWS, FRESH_NOTICE, FRESH_POLICY, FRESH_PERSONNEL,
                      write_box("区长信箱", "/hdjl/qzxx/", icon_table("/hdjl/qzxx/", s4_rows[:4]))),
    "/hdjl/qzxx/": list_page(S4, "区长信箱", icon_table("/hdjl/qzxx/", s4_rows), pager(1, 1)),
}, {
    "status": "healthy", "passed": False,
    "must": ["unanswered_messages"], "must_not": ["homepage_stale", "column_stale", "column_empty"],
    "unanswered": {"count": 2, "oldest": iso(205)},
    "columns": {"政务要闻": ("news", iso(0)), "区长信箱": ("interaction", iso(1))},
    "page_date": iso(0),
    "why": "icons alt=未回复 at 92 and 205 days (empty 回复日期 too); 390 is outside the year",
})

# --- 5. states only on each message's own page -----------------------------------
S5 = "商河县人民政府"
s5_spec = [(3, "办理中"), (14, "已回复"), (44, "已回复"), (101, "办理中"), (150, "已回复"), (230, "已回复")]
s5_rows = letters(s5_spec, start=2)


def msg_detail(site: str, title: str, d: int, state: str) -> str:
    if state == "已回复":
        reply = (f'<tr><th>回复单位</th><td>县住房和城乡建设局</td></tr><tr><th>回复时间</th><td>{iso(max(d - 4, 0))}</td></tr>'
                 '<tr><th>回复内容</th><td>您好！您反映的问题已转交相关单位核实处理，现答复如下：经核实，相关问题已于近日整改完毕。感谢您对我县工作的关心和支持！</td></tr>')
    else:
        reply = '<tr><th>处理状态</th><td>办理中</td></tr><tr><th>回复内容</th><td>暂无回复</td></tr>'
    return (head(f"{title}_{site}") + "<body>\n" + topbar(site) + mega_nav("政民互动")
            + f'<div class="w1200 xx-detail"><h1>{title}</h1><table class="xx-info">'
            + f'<tr><th>来信人</th><td>王**</td></tr><tr><th>来信时间</th><td>{iso(d)}</td></tr>'
            + f'<tr><th>来信内容</th><td>{title}，希望有关部门尽快解决，谢谢！</td></tr>{reply}</table></div>\n' + footer(site, "05"))


s5_pages: dict[str, str | bytes] = {
    "/": gov_homepage(S5, "05", "政民互动", FRESH_NEWS, FRESH_NOTICE, FRESH_POLICY, FRESH_PERSONNEL,
                      hp_msg_box("县长信箱", "/hdjl/xzxx/", s5_rows[:4], show_state=False)),
    "/hdjl/xzxx/": list_page(S5, "县长信箱", '<ul class="xx-list">' + "".join(
        f'<li><a href="/hdjl/xzxx/detail_{k + 1}.html">{t}</a><span>{iso(d)}</span></li>' for k, (t, d, _s) in enumerate(s5_rows)) + "</ul>",
        pager(1, 1)),
}
for k, (t, d, s) in enumerate(s5_rows):
    s5_pages[f"/hdjl/xzxx/detail_{k + 1}.html"] = msg_detail(S5, t, d, s)
add("sh-shanghe", s5_pages, {
    "status": "healthy", "passed": False,
    "must": ["unanswered_messages"], "must_not": ["homepage_stale", "column_stale", "column_empty"],
    "unanswered": {"count": 1, "oldest": iso(101)},
    "columns": {"政务要闻": ("news", iso(0)), "县长信箱": ("interaction", iso(3))},
    "page_date": iso(0),
    "why": "the list shows no state; letter of 101 days says 处理状态 办理中 / 暂无回复 on its own page",
})

# --- 6. 咨询投诉 table with 序号 (all answered) + 征集调查 进行中 + 在线访谈 ----------
S6 = "莱芜区人民政府"
s6_rows = letters([(0, "待处理"), (2, "办理中"), (6, "已办结"), (12, "已办结"), (30, "已办结"), (70, "已办结"), (96, "已办结"),
                   (140, "已办结"), (199, "已办结"), (280, "已办结"), (350, "已办结")], start=5)
SURVEYS = [("关于2027年度民生实事项目征集的公告", 20, "进行中"), ("县城公交线路优化调整意见征集", 100, "进行中"),
           ("《县养老服务条例（草案）》征求意见", 160, "进行中"), ("群众满意度问卷调查", 300, "已结束")]
INTERVIEWS = [("县医保局局长做客在线访谈解读医保新政", 13), ("聚焦优化营商环境——县行政审批服务局在线访谈", 45),
              ("县教育局：义务教育招生政策解读", 130), ("县农业农村局谈秋粮收购", 220)]


def survey_list(prefix: str, rows: list[tuple[str, int, str]]) -> str:
    return '<ul class="zj-list">' + "".join(
        f'<li><a href="{prefix}zj_{k}.html">{t}</a><span class="zt {"ing" if s == "进行中" else "end"}">{s}</span>'
        f'<span class="date">{iso(d)}</span></li>' for k, (t, d, s) in enumerate(rows)) + "</ul>"


def interview_list(prefix: str) -> str:
    return '<ul class="ft-list">' + "".join(
        f'<li><a href="{prefix}ft_{k}.html"><img src="/static/images/ft{k}.jpg" alt="">{t}</a><span>访谈时间：{zh(d)}</span></li>'
        for k, (t, d) in enumerate(INTERVIEWS)) + "</ul>"


s6_extra = ('<div class="main w1200 clearfix"><div class="fl w590">'
            + write_box("征集调查", "/hdjl/zjdc/", survey_list("/hdjl/zjdc/", SURVEYS[:3]))
            + '</div><div class="fr w590">'
            + write_box("在线访谈", "/hdjl/zxft/", interview_list("/hdjl/zxft/")) + "</div></div>\n")
add("lw-laiwu", {
    "/": gov_homepage(S6, "06", "政民互动", FRESH_NEWS, FRESH_NOTICE, FRESH_POLICY, FRESH_PERSONNEL,
                      write_box("咨询投诉", "/hdjl/zxts/", msg_table("/hdjl/zxts/", s6_rows[:5], seq=True)), s6_extra),
    "/hdjl/zxts/": list_page(S6, "咨询投诉", msg_table("/hdjl/zxts/", s6_rows, seq=True, kind_col=True), pager(1, 1)),
    "/hdjl/zjdc/": list_page(S6, "征集调查", survey_list("/hdjl/zjdc/", SURVEYS)),
    "/hdjl/zxft/": list_page(S6, "在线访谈", interview_list("/hdjl/zxft/")),
}, {
    "status": "healthy", "passed": True,
    "must": [], "must_not": ["unanswered_messages", "homepage_stale", "column_stale", "column_empty"],
    "unanswered": None,
    "columns": {"政务要闻": ("news", iso(0)), "咨询投诉": ("interaction", iso(0)), "征集调查": ("interaction", iso(20)),
                "在线访谈": ("interaction", iso(13))},
    "page_date": iso(0),
    "why": "咨询投诉 all 已办结 past a week; 征集调查 进行中 100/160 days is a survey, not a message",
})

# --- 7. Taiwan 首長信箱 (Big5, ROC dates): 處理中 old -> fires ---------------------
S7 = "臺南市政府"
TW_LETTERS = ["關於安平區道路坑洞修補案", "陳情永康區排水溝堵塞", "建議增設公車候車亭", "詢問育兒津貼申請資格", "反映公園照明設備損壞",
              "關於違規停車檢舉處理進度", "建議延長圖書館開放時間", "詢問房屋稅減免規定", "陳情工地噪音擾民", "反映路樹遮蔽號誌"]
tw_spec = [(2, "處理中"), (9, "已答覆"), (26, "已答覆"), (63, "已答覆"), (96, "處理中"), (140, "已答覆"), (188, "處理中"), (305, "已答覆"), (410, "處理中")]
TW_NEWS = ["市長主持市政會議 聚焦年終預算執行", "臺南國際音樂節開幕 吸引萬人參與", "市府推動社會住宅第三期動工", "觀光旅遊局公布冬季旅遊路線",
           "衛生局提醒民眾接種流感疫苗", "經發局協助中小企業數位轉型", "農業局辦理文旦產銷說明會", "交通局公布春節疏運計畫"]
TW_NOTICE = ["公告本市115年度地價稅開徵", "本府辦理115年度約僱人員甄選簡章", "公告修正本市路邊停車收費標準", "公告本市公有市場攤位招租"]


def tw_home(site: str, mailbox: str, news_days: list[int], mail_rows: list[tuple[str, int, str]], mail_path: str,
            notice_days: tuple[int, ...] = (3, 20, 48, 77)) -> str:
    news = "".join(f'<li><a href="/News_Content.aspx?n=1&s={9000 + k}">{t}</a><span class="date">{roc(d)}</span></li>'
                   for k, (t, d) in enumerate(zip(TW_NEWS, news_days, strict=False)))
    notice = "".join(f'<li><a href="/News_Content.aspx?n=2&s={8000 + k}">{t}</a><span class="date">{roc(d)}</span></li>'
                     for k, (t, d) in enumerate(zip(TW_NOTICE, notice_days, strict=False)))
    mail = "".join(f'<tr><td><a href="{mail_path}Content.aspx?id={k + 1}">{t}</a></td><td>{roc(d)}</td><td>{s}</td></tr>'
                   for k, (t, d, s) in enumerate(mail_rows[:4]))
    menu = "".join(f'<li><a href="/cp.aspx?n={k}">{x}</a></li>' for k, x in enumerate(
        ["市府簡介", "市長專區", "新聞與公告", "為民服務", "政府資訊公開", "主題服務", "雙語專區", "網站導覽"] * 3))
    body = (f'<body><a href="#C" class="acc" title="跳到主要內容區塊">跳到主要內容區塊</a><div class="header"><a href="/"><img src="/images/logo.png" alt="{site}"></a>'
            f'<a accesskey="U" href="#U" title="上方功能區塊">:::</a><ul class="menu">{menu}</ul></div>'
            f'<div id="C"><a accesskey="C" href="#C" title="中央內容區塊">:::</a>'
            f'<div class="group"><h2>市政新聞</h2><ul>{news}</ul><a class="more" href="/News.aspx?n=1">更多市政新聞</a></div>'
            f'<div class="group"><h2>公告訊息</h2><ul>{notice}</ul><a class="more" href="/News.aspx?n=2">更多公告</a></div>'
            f'<div class="group mail"><h2>{mailbox}</h2><div class="btns"><a href="{mail_path}Write.aspx">我要寫信</a><a href="{mail_path}Query.aspx">案件查詢</a></div>'
            f'<table><tr><th>主旨</th><th>日期</th><th>狀態</th></tr>{mail}</table><a class="more" href="{mail_path}">更多</a></div>'
            + '<div class="group">' + "<p>本府致力提供便民服務，歡迎市民多加利用線上申辦，各項申辦案件均可於網路上查詢辦理進度。</p>" * 220 + "</div>"
            + f'</div><div class="footer"><a accesskey="Z" href="#Z">:::</a><p>{site} 地址：臺南市安平區永華路二段6號 總機：06-2991111</p>'
            + '<p>Copyright © 2026 All Rights Reserved. 本網站最佳瀏覽解析度1024x768 <a href="/privacy">隱私權政策</a> <a href="/security">資訊安全政策</a></p>'
            + '<img src="/images/accessibility.png" alt="通過AA檢測等級無障礙網頁檢測"></div></body></html>')
    return f'<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="big5"><title>{site}全球資訊網</title></head>' + body


tw_rows = [(TW_LETTERS[i], d, s) for i, (d, s) in enumerate(tw_spec)]
tw_list = (f'<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="big5"><title>市長信箱-{S7}</title></head><body>'
           '<div class="header"><a href="/"><img src="/images/logo.png" alt="臺南市政府"></a></div><div id="C"><h2>市長信箱</h2>'
           '<p>說明：本信箱依「臺南市政府處理人民陳情案件作業要點」辦理，原則於6個工作日內答覆。</p>'
           '<table class="mail"><tr><th>編號</th><th>主旨</th><th>來信日期</th><th>處理情形</th></tr>'
           + "".join(f'<tr><td>{11500 + k}</td><td><a href="/Mayor/Content.aspx?id={k + 1}">{t}</a></td><td>{roc(d)}</td><td>{s}</td></tr>'
                     for k, (t, d, s) in enumerate(tw_rows))
           + '</table><div class="page">第1頁/共1頁</div></div><div class="footer">Copyright © 2026 臺南市政府</div></body></html>')
add("tn-tainan", {
    "/": tw_home(S7, "市長信箱", [0, 1, 2, 4, 5, 7, 9, 12], tw_rows, "/Mayor/").encode("big5", "xmlcharrefreplace"),
    "/Mayor/": tw_list.encode("big5", "xmlcharrefreplace"),
}, {
    "status": "healthy", "passed": False,
    "must": ["unanswered_messages"], "must_not": ["homepage_stale", "column_stale", "column_empty"],
    "unanswered": {"count": 2, "oldest": iso(188)},
    "columns": {"市政新聞": ("news", iso(0)), "公告訊息": ("notice", iso(3)), "市長信箱": ("interaction", iso(2))},
    "page_date": iso(0),
    "why": "處理中 at 96 and 188 days (ROC dates); 410 outside; 2 days young",
    "timezone": "Asia/Taipei",
}, charset="big5")

# --- 8. Taiwan 網路信箱 all 已答覆, one 處理中 of 113 (outside the year); stale news ---
S8 = "新竹縣政府"
tw8_spec = [(20, "已答覆"), (41, "已答覆"), (99, "已答覆"), (150, "已答覆"), (240, "已答覆"), (380, "處理中"), (500, "處理中")]
tw8_rows = [(TW_LETTERS[(i + 4) % 10], d, s) for i, (d, s) in enumerate(tw8_spec)]
tw8_list = (f'<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>網路信箱-{S8}</title></head><body>'
            '<div class="header"><a href="/"><img src="/images/logo.png" alt="新竹縣政府"></a></div><div id="C"><h2>縣長網路信箱</h2>'
            '<table class="mail"><tr><th>主旨</th><th>來信日期</th><th>處理狀態</th></tr>'
            + "".join(f'<tr><td><a href="/Mail/Content.aspx?id={k + 1}">{t}</a></td><td>民國{ago(d).year - 1911}年{ago(d).month}月{ago(d).day}日</td><td>{s}</td></tr>'
                      for k, (t, d, s) in enumerate(tw8_rows))
            + '</table></div><div class="footer">Copyright © 2026 新竹縣政府</div></body></html>')
add("hc-hsinchu", {
    "/": tw_home(S8, "縣長網路信箱", [30, 33, 40, 47, 55, 61, 70, 81], tw8_rows, "/Mail/", (35, 50, 90, 120)).replace('charset="big5"', 'charset="utf-8"'),
    "/Mail/": tw8_list,
}, {
    "status": "stale", "passed": False,
    "must": ["homepage_stale"], "must_not": ["unanswered_messages", "column_empty"],
    "unanswered": None,
    "columns": {"市政新聞": ("news", iso(30)), "公告訊息": ("notice", iso(35)), "縣長網路信箱": ("interaction", iso(20))},
    "page_date": iso(20),
    "why": "newest news 30 days, newest letter 20 days ago -> homepage stale; 處理中 only on letters past a year",
    "timezone": "Asia/Taipei",
})

# --- 9. English council "Ask the council" Q&A: Pending old -> fires ---------------
S9 = "Harrowgate Borough Council"
QS = ["When will the bins be collected over the Christmas period?", "Can I get a permit for a skip on the road?",
      "Why has the streetlight on Mill Lane been out for weeks?", "How do I apply for a blue badge?",
      "Is the Leisure Centre pool reopening in January?", "Who is responsible for the hedge on Church Road?",
      "Can the council fix the potholes on the B6162?", "How do I report fly-tipping near the allotments?",
      "Will council tax rise next April?", "Where can I recycle old paint?"]
q_spec = [(1, "Pending"), (6, "Answered"), (15, "Answered"), (37, "Answered"), (94, "Pending"), (133, "Answered"),
          (171, "Answered"), (236, "Pending"), (298, "Answered"), (401, "Pending")]
q_rows = [(QS[i], d, s) for i, (d, s) in enumerate(q_spec)]
EN_NEWS = ["Council approves new town centre masterplan", "Winter gritting routes published", "Leader's statement on the budget consultation",
           "New cycle lane opens on Station Road", "Community grants: applications open", "Library opening hours change from December",
           "Remembrance Sunday road closures", "Flood defence works begin at Riverside"]
en_nav = "".join(f'<li><a href="/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in [
    "Bins and recycling", "Council tax", "Planning and building control", "Housing", "Parking and roads", "Benefits",
    "Schools and education", "Jobs and careers", "Leisure and culture", "Business", "Your council", "Contact us"])
en_news = "".join(f'<li class="card"><a href="/news/{k}">{t}</a><time datetime="{iso(d)}">{en(d)}</time></li>'
                  for k, (t, d) in enumerate(zip(EN_NEWS, [0, 2, 3, 5, 7, 8, 10, 13], strict=False)))
ask_items = "".join(f'<li><a href="/ask-the-council/q/{k + 1}">{t}</a><span class="meta">Asked {en(d)}</span>'
                    f'<span class="status status--{s.lower()}">{s}</span></li>' for k, (t, d, s) in enumerate(q_rows))
en_home = ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Harrowgate Borough Council</title>'
           '<meta name="viewport" content="width=device-width"></head><body>'
           '<div class="cookie-banner"><p>We use cookies to make this site work. <a href="/cookies">Cookie settings</a></p><button>Accept all</button></div>'
           f'<header class="site-header"><a href="/" class="logo">Harrowgate Borough Council</a><nav><ul>{en_nav}</ul></nav>'
           '<form class="search" action="/search"><input name="q" aria-label="Search"><button>Search</button></form></header>'
           '<main><section class="hero"><h1>Welcome to Harrowgate</h1><p>Find information and services.</p></section>'
           '<section class="tasks"><h2>Popular tasks</h2><ul>' + "".join(f'<li><a href="/task/{k}">{t}</a></li>' for k, t in enumerate(
               ["Pay council tax", "Report a missed bin", "View planning applications", "Apply for a parking permit", "Book a tip visit",
                "Report a pothole", "Register to vote", "Find your bin day"])) + '</ul></section>'
           f'<section class="news"><h2>Latest news</h2><ul>{en_news}</ul><a href="/news" class="more">All news</a></section>'
           '<section class="ask"><h2>Ask the council</h2><p><a href="/ask-the-council/new" class="button">Ask a question</a></p>'
           f'<ul>{"".join(ask_items.split("</li>")[i] + "</li>" for i in range(3))}</ul><a href="/ask-the-council" class="more">See all questions</a></section>'
           + '<section class="about"><h2>About the council</h2>' + "<p>Harrowgate Borough Council provides services to over 160,000 residents across the town and the surrounding villages.</p>" * 180 + '</section>'
           '</main><footer><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li>'
           '<li><a href="/foi">Freedom of information</a></li></ul><p>&copy; Harrowgate Borough Council 2026</p></footer></body></html>')
en_list = ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Ask the council - Harrowgate Borough Council</title></head><body>'
           f'<header class="site-header"><a href="/" class="logo">Harrowgate Borough Council</a><nav><ul>{en_nav}</ul></nav></header>'
           '<main><nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/your-council">Your council</a> &gt; Ask the council</nav>'
           '<h1>Ask the council</h1><p>Questions from residents and our answers. We aim to answer within 10 working days.</p>'
           f'<ul class="questions">{ask_items}</ul></main><footer><p>&copy; Harrowgate Borough Council 2026</p></footer></body></html>')
add("hbc-harrowgate", {"/": en_home, "/ask-the-council": en_list}, {
    "status": "healthy", "passed": False,
    "must": ["unanswered_messages"], "must_not": ["homepage_stale", "column_stale", "column_empty"],
    "unanswered": {"count": 2, "oldest": iso(236)},
    "columns": {"Latest news": ("news", iso(0)), "Ask the council": ("interaction", iso(1))},
    "page_date": iso(0),
    "why": "Pending at 94 and 236 days; 401 outside the year",
})

# --- 10. 领导信箱 (办理中 only last week) + 常见问题 FAQ + 征集调查 进行中 + 在线访谈 ----
S10 = "历城区人民政府"
s10_rows = letters([(0, "办理中"), (2, "办理中"), (5, "办理中"), (7, "已回复"), (19, "已回复"), (52, "已回复"),
                    (91, "已回复"), (125, "已回复"), (180, "已回复"), (266, "已回复"), (340, "已回复")], start=13)
FAQ = [("新生儿如何办理户口登记？", 100), ("灵活就业人员如何参加养老保险？", 140), ("如何申请公共租赁住房？", 200),
       ("不动产登记需要哪些材料？", 250), ("如何办理居住证？", 300), ("企业开办需要多长时间？", 330)]
faq_html = '<ul class="faq">' + "".join(f'<li><a href="/hdjl/cjwt/q_{k}.html">{q}</a><span class="zt">办理中</span><span>{iso(d)}</span></li>'
                                        if False else f'<li><a href="/hdjl/cjwt/q_{k}.html">{q}</a><span>{iso(d)}</span></li>'
                                        for k, (q, d) in enumerate(FAQ)) + "</ul>"
s10_extra = ('<div class="main w1200 clearfix"><div class="fl w590">'
             + write_box("征集调查", "/hdjl/zjdc/", survey_list("/hdjl/zjdc/", SURVEYS[:3]))
             + '</div><div class="fr w590">' + write_box("常见问题", "/hdjl/cjwt/", faq_html) + "</div></div>\n")
add("lc-licheng", {
    "/": gov_homepage(S10, "10", "互动交流", FRESH_NEWS, FRESH_NOTICE, FRESH_POLICY, FRESH_PERSONNEL,
                      hp_msg_box("领导信箱", "/hdjl/ldxx/", s10_rows[:6]), s10_extra),
    "/hdjl/ldxx/": list_page(S10, "领导信箱", msg_table("/hdjl/ldxx/", s10_rows, with_reply_col=True), pager(1, 1)),
    "/hdjl/zjdc/": list_page(S10, "征集调查", survey_list("/hdjl/zjdc/", SURVEYS)),
    "/hdjl/cjwt/": list_page(S10, "常见问题", faq_html),
}, {
    "status": "healthy", "passed": True,
    "must": [], "must_not": ["unanswered_messages", "homepage_stale", "column_stale", "column_empty"],
    "unanswered": None,
    "columns": {"政务要闻": ("news", iso(0)), "领导信箱": ("interaction", iso(0)), "征集调查": ("interaction", iso(20)),
                "常见问题": ("other", iso(100))},
    "page_date": iso(0),
    "why": "办理中 only for the last week; 征集调查 进行中 are surveys; 常见问题 is a FAQ",
})


def article_for(host: str, path: str) -> str:
    """Any other path of a site: a plain article page (so link checks find no 404)."""
    return article("示例", "信息详情", iso(5))
