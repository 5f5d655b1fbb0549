"""Blind evaluation: ten mainland Chinese department and public-institution sites.

Written from knowledge of how such sites are built (TRS WCM ``.shtml``, Hanweb
``/col/colN/`` + ``/art/Y/M/D/``, JEECMS ``.jhtml``, 广东政务云 ``post_N.html``,
old ASP sites), before any scan of them and without looking at the project's
fixtures.  Every page is data; the truth for each site, column and column page sits
beside it and was written before the crawler was run on them.

The city (青山市) and every host are made up; the farm serves them on 127.0.0.1.
Fixed clock: NOW = 2026-11-18 (a Wednesday), Asia/Shanghai.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

NOW = date(2026, 11, 18)
WEEK = "一二三四五六日"


def ago(n: int) -> date:
    return NOW - timedelta(days=n)


def clock(d: date = NOW) -> str:
    return f"{d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]}"


# ---------------------------------------------------------------- truth types


@dataclass(frozen=True)
class Col:
    name: str
    type: tuple[str, ...]  # acceptable types (more than one only where contested)
    newest: date | None
    empty: bool = False


@dataclass(frozen=True)
class Truth:
    status: str
    passed: bool
    must: frozenset[str]
    must_not: frozenset[str]
    columns: tuple[Col, ...]
    last_updated: date | None
    # depth home (the sweep): what the homepage alone shows
    home_status: str
    home_passed: bool
    home_must: frozenset[str]
    home_must_not: frozenset[str]
    home_newest: date | None  # the homepage's newest real item


@dataclass
class Site:
    host: str
    name: str
    charset: str  # the bytes' encoding
    http_charset: bool  # whether the Content-Type header names it
    pages: dict[str, str] = field(default_factory=dict)
    truth: Truth | None = None
    # column pages read alone (inspect): path -> (newest, empty)
    page_truth: dict[str, tuple[date | None, bool]] = field(default_factory=dict)


HIJACK = frozenset({"spam_content", "hidden_links", "offsite_redirect", "cloaking"})
DEAD = frozenset({"placeholder_page", "default_server_page", "parked_domain"})
ALWAYS_NOT = HIJACK | DEAD | frozenset({"future_dated", "check_error"})


def fs(*codes: str) -> frozenset[str]:
    return frozenset(codes)


# ---------------------------------------------------------------- shared chrome

CSS = """
*{margin:0;padding:0;box-sizing:border-box}body{font:14px/1.6 "Microsoft YaHei",
"微软雅黑",SimSun,Arial;color:#333;background:#f5f5f5}a{color:#333;text-decoration:none}
a:hover{color:#c00}ul,li{list-style:none}.w1200{width:1200px;margin:0 auto}
.topbar{height:36px;line-height:36px;background:#f0f0f0;border-bottom:1px solid #ddd;
font-size:12px;color:#666}.topbar .fl{float:left}.topbar .fr{float:right}
.topbar .fr a{margin-left:14px}.header{height:150px;background:url(/images/banner_bg.jpg)
no-repeat center top}.logo{float:left;margin-top:30px}.search{float:right;margin-top:55px}
.search input.txt{width:240px;height:34px;border:1px solid #1a5fb4;padding:0 8px}
.search input.btn{width:70px;height:34px;background:#1a5fb4;color:#fff;border:0}
.nav{height:50px;background:#1a5fb4}.nav>ul>li{float:left;position:relative;width:133px;
text-align:center}.nav>ul>li>a{display:block;color:#fff;font-size:17px;line-height:50px}
.nav .sub{display:none;position:absolute;top:50px;left:0;width:160px;background:#fff;
box-shadow:0 2px 6px rgba(0,0,0,.2);z-index:99}.nav li:hover .sub{display:block}
.nav .sub a{display:block;line-height:36px;border-bottom:1px dashed #eee}
.box{background:#fff;margin-top:15px;padding:12px 15px}.box .hd{height:40px;
border-bottom:2px solid #1a5fb4}.box .hd h3{float:left;font-size:18px;color:#1a5fb4}
.box .hd .more{float:right;font-size:12px;color:#999}.list li{height:34px;line-height:34px;
overflow:hidden;border-bottom:1px dashed #e5e5e5;padding-left:12px;
background:url(/images/dot.png) no-repeat 0 center}.list li span{float:right;color:#999}
.tab-hd li{float:left;padding:0 18px;cursor:pointer}.tab-hd li.on{background:#1a5fb4;
color:#fff}.tab-bd .panel{display:none}.tab-bd .panel.on{display:block}
.footer{margin-top:20px;background:#1a5fb4;color:#dfe8f5;padding:22px 0;font-size:13px;
text-align:center;line-height:26px}.footer a{color:#dfe8f5}.pager{text-align:center;
padding:20px 0;color:#666}.pager a,.pager span{display:inline-block;padding:0 10px;
border:1px solid #ddd;margin:0 2px;line-height:28px}.pager .cur{background:#1a5fb4;
color:#fff}.crumb{height:40px;line-height:40px;color:#666}.leftnav{float:left;width:260px}
.leftnav h2{background:#1a5fb4;color:#fff;font-size:20px;line-height:56px;
text-align:center}.leftnav li a{display:block;line-height:46px;padding-left:30px;
border-bottom:1px solid #eee}.leftnav li.on a{color:#c00;font-weight:bold}
.main{float:right;width:920px;background:#fff;padding:20px;min-height:600px}
table.tb{width:100%;border-collapse:collapse}table.tb th{background:#eef3fa;
line-height:38px;border:1px solid #dde5f0}table.tb td{border:1px solid #e5e5e5;
padding:6px 8px;line-height:22px}.clearfix:after{content:"";display:block;clear:both}
.links select{width:220px;height:30px;margin:0 8px}.service li{float:left;width:16.66%;
text-align:center;padding:14px 0}.service li img{width:48px;height:48px;display:block;
margin:0 auto 6px}@media (max-width:1200px){.w1200{width:100%}}
"""

TONGJI = """<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");
hm.src = "https://hm.baidu.com/hm.js?6b1f5d0e0c9ab3e1f4a7d2c8e9b0a1c2";
var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();
</script>"""

JQ_TABS = """<script src="/js/jquery-1.11.3.min.js"></script>
<script src="/js/jquery.SuperSlide.2.1.3.js"></script>
<script>
$(function(){
  $(".tab-hd li").mouseover(function(){var i=$(this).index();
    $(this).addClass("on").siblings().removeClass("on");
    $(this).closest(".tabbox").find(".tab-bd .panel").eq(i).addClass("on").siblings().removeClass("on");});
  jQuery(".slideBox").slide({mainCell:".bd ul",effect:"leftLoop",autoPlay:true,interTime:4000});
  $("#zoom_big").click(function(){$("body").css("zoom","1.2");});
});
function setfontsize(n){document.getElementById("zoom").style.fontSize=n+"px";}
</script>"""

ELDER = """<script src="https://www.qingshan.gov.cn/assist/wza.js" id="wza" data-site="qs"></script>"""

CITY_LINKS = [
    ("中国政府网", "http://www.gov.cn/"),
    ("省人民政府", "http://www.sheng.gov.cn/"),
    ("青山市人民政府", "http://www.qingshan.gov.cn/"),
    ("国家部委网站", "#"),
    ("青山市发展和改革委员会", "http://fgw.qingshan.gov.cn/"),
    ("青山市财政局", "http://czj.qingshan.gov.cn/"),
    ("青山市司法局", "http://sfj.qingshan.gov.cn/"),
    ("青山市自然资源和规划局", "http://zrzy.qingshan.gov.cn/"),
    ("青山市交通运输局", "http://jtj.qingshan.gov.cn/"),
    ("青山市水利局", "http://slj.qingshan.gov.cn/"),
    ("青山市农业农村局", "http://nyncj.qingshan.gov.cn/"),
    ("青山市商务局", "http://swj.qingshan.gov.cn/"),
    ("青山市文化广电旅游局", "http://wlj.qingshan.gov.cn/"),
    ("青山市应急管理局", "http://yjj.qingshan.gov.cn/"),
    ("青山市审计局", "http://sjj.qingshan.gov.cn/"),
    ("青山市医疗保障局", "http://ybj.qingshan.gov.cn/"),
]


def friend_links() -> str:
    opts = "".join(f'<option value="{u}">{n}</option>' for n, u in CITY_LINKS)
    return (
        '<div class="links w1200 box"><strong>友情链接：</strong>'
        '<select onchange="if(this.value!=\'#\')window.open(this.value)">'
        f'<option value="#">--政府网站--</option>{opts}</select>'
        '<select><option>--区县政府--</option><option value="http://www.qhq.gov.cn/">清河区</option>'
        '<option value="http://www.nsq.gov.cn/">南山区</option><option value="http://www.dx.gov.cn/">东溪县</option>'
        '<option value="http://www.bl.gov.cn/">白鹭县</option><option value="http://www.yq.gov.cn/">云泉市</option></select>'
        "</div>"
    )


def footer(org: str, icp: str, code: str, addr: str, tel: str, extra: str = "", years: str = "") -> str:
    yr = years or f"{NOW.year}"
    return f"""
<div class="footer">
  <div class="w1200 clearfix">
    <div style="float:left;width:110px"><a href="http://bszs.conac.cn/sitename?method=show&id=0A1B2C3D4E5F6070" target="_blank">
      <img src="/images/dzjg.png" alt="党政机关" width="58" height="70"></a></div>
    <div style="float:left;width:900px">
      <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/mzsm/">免责声明</a> | <a href="/yszc/">隐私政策</a> | <a href="/sitemap.xml">XML</a></p>
      <p>主办单位：{org}　承办：{org}办公室　地址：{addr}　电话：{tel}</p>
      <p>版权所有 &copy; {yr} {org}　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>\u3000
      <img src="/images/ga.png" width="16"> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36010202000123" target="_blank">赣公网安备 36010202000123号</a>　网站标识码：{code}</p>
      <p>建议使用1920×1080分辨率 IE10以上版本浏览器或Chrome、Firefox浏览器浏览本网站{extra}</p>
    </div>
    <div style="float:right;width:110px"><script id="_jiucuo_" sitecode="{code}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
  </div>
</div>"""


def topbar(left: str) -> str:
    return f"""
<div class="topbar"><div class="w1200 clearfix">
  <div class="fl">{left}</div>
  <div class="fr"><a href="javascript:void(0)" id="zoom_big">无障碍浏览</a><a href="javascript:void(0)" onclick="elder()">长者模式</a>
  <a href="/sjb/">手机版</a><a href="/wxgzh/">微信公众号</a><a href="/english/">English</a>
  <a href="https://tyrz.sheng.gov.cn/login" target="_blank">登录</a> | <a href="https://tyrz.sheng.gov.cn/reg" target="_blank">注册</a></div>
</div></div>"""


def header(name: str, logo: str) -> str:
    return f"""
<div class="header"><div class="w1200 clearfix">
  <div class="logo"><a href="/"><img src="/images/{logo}" alt="{name}" width="560" height="86"></a></div>
  <div class="search"><form action="/search/search.jsp" method="get" target="_blank">
    <input type="hidden" name="siteid" value="qs01"><input class="txt" type="text" name="q" placeholder="请输入关键词">
    <input class="btn" type="submit" value="搜 索"></form>
    <p class="hot">热门搜索：<a href="/search/search.jsp?q=招聘">招聘</a> <a href="/search/search.jsp?q=政策解读">政策解读</a> <a href="/search/search.jsp?q=办事指南">办事指南</a></p>
  </div>
</div></div>"""


def nav(menu: list[tuple[str, str, list[tuple[str, str]]]]) -> str:
    out = ['<div class="nav"><div class="w1200"><ul class="clearfix">']
    for label, href, subs in menu:
        sub = "".join(f'<a href="{h}">{t}</a>' for t, h in subs)
        out.append(f'<li><a href="{href}">{label}</a><div class="sub">{sub}</div></li>')
    out.append("</ul></div></div>")
    return "".join(out)


def head(title: str, charset: str, kw: str, extra: str = "") -> str:
    meta = (
        f'<meta charset="{charset}">'
        if charset == "utf-8"
        else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<meta name="keywords" content="{kw}">
<meta name="description" content="{title}">
<meta name="SiteName" content="{title.split('-')[-1].strip()}">
<meta name="SiteDomain" content="qingshan.gov.cn">
<meta name="SiteIDCode" content="3601000012">
<link rel="stylesheet" href="/css/common.css?v=20240315">
<style>{CSS}</style>
{extra}
</head>"""


def ul(items: list[tuple[str, str, str]], cls: str = "list") -> str:
    """items: (title, url, date text)."""
    return (
        f'<ul class="{cls}">'
        + "".join(
            f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>' for t, u, d in items
        )
        + "</ul>"
    )


def box(title: str, more: str, inner: str, cls: str = "box") -> str:
    return (
        f'<div class="{cls}"><div class="hd clearfix"><h3>{title}</h3>'
        f'<a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></div><div class="bd">{inner}</div></div>'
    )


def tabbox(tabs: list[tuple[str, str, str]], cls: str = "box tabbox") -> str:
    """tabs: (label, more url, panel html)."""
    hd = "".join(
        f'<li class="{"on" if i == 0 else ""}"><a href="{m}" target="_blank">{t}</a></li>'
        for i, (t, m, _) in enumerate(tabs)
    )
    bd = "".join(
        f'<div class="panel{" on" if i == 0 else ""}">{p}<a class="more" href="{m}">更多</a></div>'
        for i, (_, m, p) in enumerate(tabs)
    )
    return f'<div class="{cls}"><ul class="tab-hd clearfix">{hd}</ul><div class="tab-bd">{bd}</div></div>'


def pager(total_pages: int, total_items: int, style: str = "trs", base: str = "index") -> str:
    if style == "trs":
        return f"""<div class="pager"><script>
var currentPage = 0;var countPage = {total_pages};
createPageHTML(countPage, currentPage, "{base}", "shtml");
</script><span>共{total_pages}页</span> <span>首页</span> <span>上一页</span> <span class="cur">1</span>
<a href="{base}_1.shtml">2</a> <a href="{base}_2.shtml">3</a> <a href="{base}_3.shtml">4</a> <a href="{base}_4.shtml">5</a>
<a href="{base}_1.shtml">下一页</a> <a href="{base}_{total_pages - 1}.shtml">尾页</a> 共{total_items}条</div>"""
    if style == "jeecms":
        return f"""<div class="pager">共 {total_items} 条 每页 20 条 页次 1/{total_pages}
<a href="javascript:void(0)">首页</a> <a href="javascript:void(0)">上一页</a> <a href="{base}_2.jhtml">下一页</a>
<a href="{base}_{total_pages}.jhtml">尾页</a> 转到<input type="text" size="2" id="_goPs">页<input type="button" value="GO"
onclick="_gotoPage($('#_goPs').val());"></div>"""
    if style == "hanweb":
        return f"""<div class="pager"><table><tr><td>共{total_items}条记录</td><td>第1页/共{total_pages}页</td>
<td><a href="javascript:void(0)">首页</a></td><td><a href="javascript:void(0)">上页</a></td>
<td><a href="?uid=8877&pageNum=2">下页</a></td><td><a href="?uid=8877&pageNum={total_pages}">尾页</a></td>
<td>跳转到<input size="2">页</td></tr></table></div>"""
    # plain
    return f"""<div class="pager">共{total_pages}页 <a href="?page=1">首页</a> <a href="?page=1">上一页</a>
<span class="cur">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">下一页</a>
<a href="?page={total_pages}">末页</a> 第1页</div>"""


def column_page(
    site_name: str,
    charset: str,
    crumb: list[str],
    siblings: list[tuple[str, str]],
    current: str,
    main_html: str,
    footer_html: str,
    menu_html: str,
    top: str,
    logo: str,
) -> str:
    side = "".join(
        f'<li class="{"on" if n == current else ""}"><a href="{h}">{n}</a></li>' for n, h in siblings
    )
    crumbs = " &gt; ".join(crumb)
    return f"""{head(current + " - " + site_name, charset, site_name + "," + current)}
<body>
{top}
{header(site_name, logo)}
{menu_html}
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; {crumbs} &gt; {current}</div>
<div class="w1200 clearfix">
  <div class="leftnav"><h2>{crumb[-1] if crumb else current}</h2><ul>{side}</ul>
    <div class="box"><div class="hd"><h3>便民服务</h3></div>
      <ul class="svc"><li><a href="/bsfw/">在线办事</a></li><li><a href="/hdjl/">互动交流</a></li>
      <li><a href="/xxgk/ysqgk/">依申请公开</a></li></ul></div></div>
  <div class="main">
    <div class="main-hd"><h3>{current}</h3></div>
    {main_html}
  </div>
</div>
{footer_html}
{TONGJI}
</body></html>"""


def spread(newest: int, n: int, step: tuple[int, ...] = (1, 2, 3)) -> list[int]:
    """n day offsets, descending dates, starting at newest."""
    out, cur = [], newest
    for i in range(n):
        out.append(cur)
        cur += step[i % len(step)]
    return out


def fmt_iso(d: date) -> str:
    return d.isoformat()


def fmt_md(d: date) -> str:
    return f"[{d.month:02d}-{d.day:02d}]"


def fmt_slash(d: date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def fmt_cn(d: date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cycle_titles(base: list[str], n: int, suffixes: list[str] | None = None) -> list[str]:
    out = []
    for i in range(n):
        t = base[i % len(base)]
        rnd = i // len(base)
        if rnd and suffixes:
            t = f"{t}（{suffixes[(rnd - 1) % len(suffixes)]}）"
        elif rnd:
            t = f"{t}（第{rnd + 1}批）"
        out.append(t)
    return out


DISTRICTS = ["清河区", "南山区", "东溪县", "白鹭县", "云泉市", "高新区", "经开区", "湖滨新区"]

# ======================================================================
# 1. 青山市教育局: TRS WCM, UTF-8, .shtml; healthy; a server-side 今天是 clock
# ======================================================================


def _jyj() -> Site:
    s = Site("jyj.qingshan.test", "青山市教育局", "utf-8", True)
    cs = "utf-8"
    menu = nav(
        [
            ("首页", "/", []),
            ("机构概况", "/jggk/", [("机构职能", "/jggk/jgzn/"), ("领导信息", "/jggk/ldxx/"), ("内设机构", "/jggk/nsjg/"), ("直属单位", "/jggk/zsdw/")]),
            ("新闻资讯", "/xwzx/", [("教育要闻", "/xwzx/jyyw/"), ("区县动态", "/xwzx/qxdt/"), ("校园风采", "/xwzx/xyfc/"), ("媒体聚焦", "/xwzx/mtjj/")]),
            ("政务公开", "/zwgk/", [("政务公开目录", "/zwgk/"), ("通知公告", "/zwgk/tzgg/"), ("政策文件", "/zwgk/zcwj/"), ("政策解读", "/zwgk/zcjd/"), ("人事信息", "/zwgk/rsxx/"), ("规划计划", "/zwgk/ghjh/"), ("财政预决算", "/zwgk/czyjs/"), ("建议提案办理", "/zwgk/jyta/"), ("依申请公开", "/zwgk/ysqgk/")]),
            ("招生考试", "/zsks/", [("中考", "/zsks/zk/"), ("高考", "/zsks/gk/"), ("义务教育招生", "/zsks/ywjy/"), ("自学考试", "/zsks/zxks/")]),
            ("教育服务", "/jyfw/", [("办事指南", "/jyfw/bszn/"), ("学历认证", "/jyfw/xlrz/"), ("教师资格", "/jyfw/jszg/"), ("学生资助", "/jyfw/xszz/")]),
            ("互动交流", "/hdjl/", [("局长信箱", "/hdjl/jzxx/"), ("在线咨询", "/hdjl/zxzx/"), ("征集调查", "/hdjl/zjdc/")]),
            ("专题专栏", "/ztzl/", [("双减工作", "/ztzl/sj/"), ("平安校园", "/ztzl/paxy/"), ("学习贯彻党的二十届四中全会精神", "/ztzl/szqh/")]),
            ("教育督导", "/jydd/", [("督导动态", "/jydd/dddt/"), ("督导公告", "/jydd/ddgg/")]),
        ]
    )
    top = topbar(f"今天是：{clock()}　欢迎访问青山市教育局门户网站！")
    foot = footer("青山市教育局", "赣ICP备05001234号-1", "3601000012", "青山市新府路168号市民中心B座", "0791-86661234")

    def url(col: str, d: date, n: int) -> str:
        return f"/{col}/{d.year}{d.month:02d}/t{d.year}{d.month:02d}{d.day:02d}_{3300000 + n}.shtml"

    cols = {
        "jyyw": ("教育要闻", "/xwzx/jyyw/", spread(1, 40, (1, 1, 2)), [
            "全市教育系统学习贯彻党的二十届四中全会精神宣讲报告会举行",
            "市教育局召开2026年秋季学期中小学安全工作专题会议",
            "我市12所学校入选省级中小学智慧教育示范校",
            "市领导调研职业教育产教融合工作",
            "青山市第十届中小学生艺术展演活动圆满落幕",
            "市教育局开展“双减”工作督导检查",
            "全市中小学校长素质提升培训班开班",
            "青山一中举行第二十五届科技节",
            "市教育局召开2027年教育民生实事项目谋划会",
            "全市教育系统安全生产治本攻坚三年行动推进会召开",
        ]),
        "tzgg": ("通知公告", "/zwgk/tzgg/", spread(3, 30, (2, 3, 4)), [
            "关于做好2027年普通高校招生考试报名工作的通知",
            "关于开展2026年度中小学教师职称评审工作的通知",
            "关于公布2026年青山市义务教育阶段学校校外培训机构白名单的公告",
            "关于举办2026年青山市中小学教师教学技能大赛的通知",
            "关于做好2026年冬季学校安全工作的通知",
            "关于开展学生资助政策宣传月活动的通知",
            "关于2026年下半年中小学教师资格考试（笔试）报名的公告",
        ]),
        "zcjd": ("政策解读", "/zwgk/zcjd/", spread(26, 24, (9, 14, 20)), [
            "图解：《青山市学前教育发展提升行动计划（2026—2028年）》",
            "一图读懂《青山市义务教育学校招生入学工作实施办法》",
            "《关于进一步规范中小学收费管理的通知》政策解读",
            "《青山市中小学校课后服务工作实施方案》解读",
            "《青山市教育系统安全生产治本攻坚三年行动方案》解读",
        ]),
        "rsxx": ("人事信息", "/zwgk/rsxx/", spread(61, 20, (20, 30, 25)), [
            "2026年青山市市直学校公开招聘教师拟聘用人员公示",
            "青山市教育局关于张明同志任职的通知",
            "2026年青山市教育局直属事业单位公开遴选工作人员公告",
            "2026年青山市市直学校公开招聘教师资格复审及面试公告",
            "青山市教育局干部任前公示",
        ]),
        "ghjh": ("规划计划", "/zwgk/ghjh/", spread(150, 12, (60, 90, 120)), [
            "青山市教育局2026年工作要点",
            "青山市“十五五”教育事业发展规划（征求意见稿）",
            "青山市教育局2025年工作总结和2026年工作计划",
            "青山市学校布局专项规划（2021—2035年）",
        ]),
        "czyjs": ("财政预决算", "/zwgk/czyjs/", spread(140, 10, (120, 60, 200)), [
            "青山市教育局2025年度部门决算公开",
            "青山市教育局2026年部门预算公开",
            "青山市第一中学2026年部门预算公开",
            "青山市教育局2024年度部门决算公开",
        ]),
        "zsks": ("招生考试", "/zsks/", spread(5, 24, (3, 6, 9)), [
            "2027年青山市普通高考报名时间安排及注意事项",
            "2026年下半年全国中小学教师资格考试（笔试）青山考区考生须知",
            "青山市2026年10月高等教育自学考试成绩发布",
            "2026年青山市中考各批次录取最低控制分数线公布",
            "2026年青山市义务教育学校招生入学政策问答",
        ]),
    }
    dates: dict[str, list[date]] = {}
    lists: dict[str, list[tuple[str, str, str]]] = {}
    for key, (_cname, _path, offs, titles) in cols.items():
        ds = [ago(o) for o in offs]
        dates[key] = ds
        ts = cycle_titles(titles, len(ds), DISTRICTS)
        lists[key] = [(ts[i], url(key, ds[i], i + len(key) * 100), fmt_iso(ds[i])) for i in range(len(ds))]

    def hl(key: str, n: int, f=fmt_md) -> str:
        rows = lists[key][:n]
        return ul([(t, u, f(dates[key][i])) for i, (t, u, _) in enumerate(rows)])

    slide = "".join(
        f'<li><a href="{u}" target="_blank"><img src="/images/slide{i}.jpg" alt="{t}"><p>{t}</p></a></li>'
        for i, (t, u, _) in enumerate(lists["jyyw"][:5])
    )
    svc = "".join(
        f'<li><a href="/jyfw/{k}/"><img src="/images/ico_{k}.png" alt="">{n}</a></li>'
        for k, n in [("bszn", "办事指南"), ("xlrz", "学历认证"), ("jszg", "教师资格认定"), ("xszz", "学生资助"), ("zscx", "证书查询"), ("xjcx", "学籍查询")]
    )
    gkml = "".join(
        f'<li><a href="/zwgk/{p}/">{n}</a></li>'
        for p, n in [("jgzn", "机构职能"), ("zcwj", "政策文件"), ("zcjd", "政策解读"), ("rsxx", "人事信息"), ("ghjh", "规划计划"), ("czyjs", "财政预决算"), ("jyta", "建议提案办理"), ("sjygk", "双随机一公开"), ("ysqgk", "依申请公开"), ("ndbg", "政府信息公开年报")]
    )
    body = f"""{head("青山市教育局", cs, "青山市教育局,教育,招生,考试")}
<body>
{top}
{header("青山市教育局", "logo_jyj.png")}
{menu}
<div class="w1200 clearfix" style="margin-top:15px">
  <div class="slideBox" style="float:left;width:580px;height:360px"><div class="bd"><ul>{slide}</ul></div><div class="hd"><ul><li>1</li><li>2</li><li>3</li><li>4</li><li>5</li></ul></div></div>
  <div style="float:right;width:600px">{tabbox([("教育要闻", "/xwzx/jyyw/", hl("jyyw", 9)), ("区县动态", "/xwzx/qxdt/", ul([(f"{d}教育局召开秋季学期工作会", f"/xwzx/qxdt/2026{i:02d}/t2026{i:02d}01_{i}.shtml", fmt_md(ago(2 + i))) for i, d in enumerate(DISTRICTS[:8])]))])}</div>
</div>
<div class="w1200 clearfix">
  <div style="float:left;width:590px">{box("通知公告", "/zwgk/tzgg/", hl("tzgg", 8))}</div>
  <div style="float:right;width:590px">{box("招生考试", "/zsks/", hl("zsks", 8))}</div>
</div>
<div class="w1200 box"><div class="hd"><h3>教育服务</h3></div><ul class="service clearfix">{svc}</ul></div>
<div class="w1200 clearfix">
  <div style="float:left;width:880px">{tabbox([("政策解读", "/zwgk/zcjd/", hl("zcjd", 6, fmt_iso)), ("人事信息", "/zwgk/rsxx/", hl("rsxx", 6, fmt_iso)), ("规划计划", "/zwgk/ghjh/", hl("ghjh", 4, fmt_iso)), ("财政预决算", "/zwgk/czyjs/", hl("czyjs", 4, fmt_iso))])}</div>
  <div style="float:right;width:300px" class="box"><div class="hd"><h3>政务公开目录</h3></div><ul class="gkml">{gkml}</ul>
  <p><a href="/zwgk/ndbg/">政府信息公开工作年度报告</a></p><p><a href="/zwgk/ysqgk/">依申请公开指南</a></p></div>
</div>
<div class="w1200 box"><div class="hd"><h3>专题专栏</h3></div>
  <a href="/ztzl/szqh/"><img src="/images/zt_szqh.jpg" alt="学习贯彻党的二十届四中全会精神"></a>
  <a href="/ztzl/sj/"><img src="/images/zt_sj.jpg" alt="双减工作"></a>
  <a href="/ztzl/paxy/"><img src="/images/zt_paxy.jpg" alt="平安校园"></a>
  <a href="https://www.12371.cn/"><img src="/images/zt_12371.jpg" alt="共产党员网"></a></div>
<div class="w1200 box"><div class="hd"><h3>互动交流</h3></div>
  <a href="/hdjl/jzxx/">局长信箱</a> <a href="/hdjl/zxzx/">在线咨询</a> <a href="/hdjl/zjdc/">征集调查</a> <a href="https://12345.qingshan.gov.cn/">12345政务服务便民热线</a></div>
{friend_links()}
{foot}
{JQ_TABS}
{TONGJI}
{ELDER}
</body></html>"""
    s.pages["/"] = body
    sibl = [(v[0], v[1]) for v in cols.values()]
    for key, (cname, path, _, _) in cols.items():
        items = lists[key][:20]
        total = len(lists[key])
        main = ul(items, "list") + pager(max(1, (total + 19) // 20) + 4, total + 80, "trs")
        s.pages[path] = column_page("青山市教育局", cs, ["政务公开"], sibl, cname, main, foot, menu, top, "logo_jyj.png")
    s.truth = Truth(
        status="healthy", passed=True, must=fs(),
        must_not=ALWAYS_NOT | fs("homepage_stale", "column_stale", "column_empty", "abandoned", "unanswered_messages", "undated"),
        columns=(
            Col("教育要闻", ("news",), dates["jyyw"][0]),
            Col("通知公告", ("notice",), dates["tzgg"][0]),
            Col("招生考试", ("notice", "other"), dates["zsks"][0]),
            Col("政策解读", ("policy",), dates["zcjd"][0]),
            Col("人事信息", ("personnel",), dates["rsxx"][0]),
            Col("规划计划", ("planning",), dates["ghjh"][0]),
            Col("财政预决算", ("finance",), dates["czyjs"][0]),
        ),
        last_updated=ago(1),
        home_status="healthy", home_passed=True, home_must=fs(),
        home_must_not=ALWAYS_NOT | fs("homepage_stale", "abandoned", "undated"), home_newest=ago(1),
    )
    s.page_truth = {"/zwgk/tzgg/": (dates["tzgg"][0], False), "/zwgk/rsxx/": (dates["rsxx"][0], False)}
    return s


# ======================================================================
# 2. 青山市卫生健康委员会: Hanweb, UTF-8; healthy; 成文日期 of reposted old
#    documents; 行政许可公示 table with 有效期至 years ahead; answered letters
# ======================================================================


def _wjw() -> Site:
    s = Site("wjw.qingshan.test", "青山市卫生健康委员会", "utf-8", True)
    cs = "utf-8"
    menu = nav(
        [
            ("首页", "/", []),
            ("机构概况", "/col/col1501/index.html", [("机构职能", "/col/col1502/index.html"), ("领导之窗", "/col/col1503/index.html"), ("直属单位", "/col/col1504/index.html")]),
            ("卫健要闻", "/col/col1510/index.html", [("卫健要闻", "/col/col1510/index.html"), ("基层动态", "/col/col1511/index.html"), ("媒体关注", "/col/col1512/index.html")]),
            ("政府信息公开", "/col/col1520/index.html", [("政务公开目录", "/col/col1520/index.html"), ("通知公告", "/col/col1521/index.html"), ("政策文件", "/col/col1522/index.html"), ("政策解读", "/col/col1523/index.html"), ("双随机一公开", "/col/col1524/index.html"), ("行政许可公示", "/col/col1525/index.html"), ("建议提案办理", "/col/col1526/index.html"), ("依申请公开", "/col/col1527/index.html")]),
            ("公共服务", "/col/col1530/index.html", [("医疗机构查询", "/col/col1531/index.html"), ("预防接种", "/col/col1532/index.html"), ("出生医学证明", "/col/col1533/index.html")]),
            ("健康科普", "/col/col1540/index.html", [("健康知识", "/col/col1541/index.html"), ("疾病预防", "/col/col1542/index.html")]),
            ("政民互动", "/col/col1550/index.html", [("主任信箱", "/col/col1551/index.html"), ("咨询回复", "/col/col1552/index.html"), ("意见征集", "/col/col1553/index.html")]),
        ]
    )
    top = topbar('<span id="nowtime"></span><script>var d=new Date();document.getElementById("nowtime").innerHTML="今天是"+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";</script>')
    foot = footer("青山市卫生健康委员会", "赣ICP备05004321号", "3601000031", "青山市健康路9号", "0791-86664567")

    def art(col: int, d: date, n: int) -> str:
        return f"/art/{d.year}/{d.month}/{d.day}/art_{col}_{887000 + n}.html"

    news_off = spread(1, 30, (1, 2, 1, 3))
    news_t = cycle_titles([
        "市卫生健康委召开2026年冬春季传染病防控工作部署会",
        "我市启动“健康青山”全民健康素养提升行动",
        "市第一人民医院胸痛中心通过国家级复审",
        "全市基层医疗卫生机构能力提升培训班开班",
        "市卫生健康委开展医疗机构消防安全大检查",
        "青山市紧密型县域医共体建设经验在全省推广",
        "市卫生健康委党组理论学习中心组开展集中学习",
        "全市卫生健康系统行风建设推进会召开",
    ], 30, DISTRICTS)
    news = [(news_t[i], art(1510, ago(o), i), fmt_iso(ago(o))) for i, o in enumerate(news_off)]
    tz_off = spread(2, 24, (3, 5, 4))
    tz_t = cycle_titles([
        "关于开展2026年度医师定期考核工作的通知",
        "关于公布青山市第二批基层特色科室名单的通知",
        "关于做好2026—2027年流感疫苗接种工作的通知",
        "关于2026年护士执业资格考试成绩复核结果的公告",
        "关于开展全市医疗机构依法执业专项检查的通知",
        "关于征集2027年卫生健康民生实事项目的公告",
    ], 24)
    tz = [(tz_t[i], art(1521, ago(o), 100 + i), fmt_iso(ago(o))) for i, o in enumerate(tz_off)]
    # 政策文件: old documents (成文日期 years back) reposted recently
    zc_rows = [
        ("青山市卫生健康委员会关于印发《青山市医疗机构依法执业自查工作方案》的通知", "青卫法规字〔2019〕7号", date(2019, 4, 12), ago(12)),
        ("青山市卫生健康委员会关于印发《青山市医疗废物管理办法》的通知", "青卫发〔2018〕21号", date(2018, 9, 3), ago(12)),
        ("关于进一步加强基层医疗卫生机构药品配备使用管理的通知", "青卫药政字〔2026〕15号", ago(49), ago(44)),
        ("青山市家庭医生签约服务管理办法（试行）", "青卫基层字〔2026〕9号", ago(130), ago(121)),
        ("青山市卫生健康委员会关于印发《青山市院前医疗急救管理办法》的通知", "青卫医字〔2020〕33号", date(2020, 11, 2), ago(160)),
        ("关于调整全市120急救网络医院的通知", "青卫医字〔2026〕3号", ago(230), ago(228)),
    ]
    zc_home = [(t, art(1522, p, 200 + i), fmt_iso(p)) for i, (t, _, _, p) in enumerate(zc_rows)]
    zc_table = "".join(
        f'<tr><td>{i + 1}</td><td class="tl"><a href="{art(1522, p, 200 + i)}" target="_blank">{t}</a></td><td>{no}</td>'
        f"<td>{w.isoformat()}</td><td>{p.isoformat()}</td></tr>"
        for i, (t, no, w, p) in enumerate(zc_rows)
    )
    zc_page_main = (
        '<table class="tb"><tr><th width="50">序号</th><th>标题</th><th width="150">文号</th><th width="100">成文日期</th><th width="100">发布日期</th></tr>'
        f"{zc_table}</table>" + pager(1, len(zc_rows), "hanweb")
    )
    sj_off = spread(20, 14, (25, 30, 35))
    sj_t = cycle_titles([
        "青山市卫生健康委员会2026年第三季度“双随机一公开”抽查结果公示",
        "2026年青山市公共场所卫生“双随机”监督抽查计划",
        "青山市卫生健康委员会随机抽查事项清单（2026年版）",
        "2026年第二季度医疗机构“双随机一公开”抽查结果",
    ], 14)
    sj = [(sj_t[i], art(1524, ago(o), 300 + i), fmt_iso(ago(o))) for i, o in enumerate(sj_off)]
    # 行政许可公示: table, decision dates and validity dates (years ahead) in cells
    xk_names = ["青山和美口腔门诊部", "青山市康宁诊所", "清河区仁心中医诊所", "青山博爱医院", "南山区安康医疗美容诊所", "东溪县惠民卫生院", "青山市瑞康护理院", "白鹭县中医院", "青山仁和医学检验实验室", "青山市第三人民医院"]
    xk_items = ["医疗机构执业登记", "医疗机构校验", "放射诊疗许可", "医疗机构执业登记变更", "母婴保健技术服务执业许可"]
    xk_off = spread(2, 10, (2, 3, 5))
    xk_rows = []
    for i, o in enumerate(xk_off):
        d = ago(o)
        until = date(d.year + 5, d.month, min(d.day, 28)) - timedelta(days=1)
        xk_rows.append(
            f'<tr><td>青卫许字〔2026〕第{318 - i}号</td><td><a href="{art(1525, d, 400 + i)}" target="_blank">{xk_names[i]}</a></td>'
            f"<td>{xk_items[i % 5]}</td><td>{d.isoformat()}</td><td>{until.isoformat()}</td><td>青山市卫生健康委员会</td></tr>"
        )
    xk_table = (
        '<table class="tb"><tr><th>许可决定书文号</th><th>行政相对人名称</th><th>许可事项</th><th>许可决定日期</th><th>有效期至</th><th>许可机关</th></tr>'
        + "".join(xk_rows)
        + "</table>"
    )
    jy_off = spread(120, 8, (3, 5, 200, 4))
    jy_t = [
        "关于市十七届人大五次会议第58号建议的答复",
        "关于市政协十二届五次会议第126号提案的答复",
        "关于市十七届人大五次会议第17号建议的答复",
        "关于市政协十二届五次会议第41号提案的答复",
        "关于市十七届人大四次会议第72号建议的答复",
        "关于市政协十二届四次会议第9号提案的答复",
        "关于市十七届人大四次会议第3号建议的答复",
        "关于市政协十二届四次会议第88号提案的答复",
    ]
    jy = [(jy_t[i], art(1526, ago(o), 500 + i), fmt_iso(ago(o))) for i, o in enumerate(jy_off)]
    # 咨询回复: all answered
    zx_off = spread(3, 16, (2, 4, 7, 3))
    zx_t = cycle_titles([
        "咨询新生儿出生医学证明补办流程",
        "护士执业证书变更注册需要哪些材料",
        "二孩育儿补贴如何申领",
        "咨询老年人免费体检的时间和地点",
        "民营医院医保定点申请问题",
        "关于医师多点执业备案的咨询",
        "孕前优生健康检查是否免费",
        "HPV疫苗预约问题",
    ], 16)
    zx_rows = "".join(
        f'<tr><td class="tl"><a href="/col/col1552/art/{ago(o).year}/{700 + i}.html" target="_blank">{zx_t[i]}</a></td>'
        f'<td>{ago(o).isoformat()}</td><td><span class="st-ok">已回复</span></td></tr>'
        for i, o in enumerate(zx_off)
    )
    zx_table = '<table class="tb"><tr><th>标题</th><th width="110">来信时间</th><th width="80">状态</th></tr>' + zx_rows + "</table>"
    zx_home = '<table class="tb"><tr><th>标题</th><th width="110">来信时间</th><th width="80">状态</th></tr>' + "".join(
        f'<tr><td class="tl"><a href="/col/col1552/art/{ago(o).year}/{700 + i}.html" target="_blank">{zx_t[i]}</a></td>'
        f'<td>{ago(o).isoformat()}</td><td><span class="st-ok">已回复</span></td></tr>'
        for i, o in enumerate(zx_off[:6])
    ) + "</table>"

    quick = "".join(
        f'<li><a href="{h}"><img src="/images/q{i}.png" alt="">{n}</a></li>'
        for i, (n, h) in enumerate([("医疗机构查询", "/col/col1531/index.html"), ("医师护士查询", "/col/col1534/index.html"), ("预防接种门诊", "/col/col1532/index.html"), ("出生医学证明", "/col/col1533/index.html"), ("无偿献血", "/col/col1535/index.html"), ("12320卫生热线", "/col/col1536/index.html")])
    )
    home = f"""{head("青山市卫生健康委员会", cs, "卫生健康,医疗,疾控,青山")}
<body>
{top}
{header("青山市卫生健康委员会", "logo_wjw.png")}
{menu}
<div class="w1200 clearfix" style="margin-top:15px">
  <div class="slideBox" style="float:left;width:560px"><div class="bd"><ul>{"".join(f'<li><a href="{u}"><img src="/picture/0/{i}.jpg" alt=""><span>{t}</span></a></li>' for i, (t, u, _) in enumerate(news[:4]))}</ul></div></div>
  <div style="float:right;width:620px">{tabbox([("卫健要闻", "/col/col1510/index.html", ul(news[:8])), ("通知公告", "/col/col1521/index.html", ul(tz[:8]))])}</div>
</div>
<div class="w1200 box"><ul class="service clearfix">{quick}</ul></div>
<div class="w1200 clearfix">
  <div style="float:left;width:590px">{box("政策文件", "/col/col1522/index.html", ul(zc_home))}</div>
  <div style="float:right;width:590px">{box("双随机一公开", "/col/col1524/index.html", ul(sj[:6]))}</div>
</div>
<div class="w1200">{box("行政许可公示", "/col/col1525/index.html", xk_table)}</div>
<div class="w1200 clearfix">
  <div style="float:left;width:590px">{box("咨询回复", "/col/col1552/index.html", zx_home)}</div>
  <div style="float:right;width:590px">{box("建议提案办理", "/col/col1526/index.html", ul(jy[:6]))}</div>
</div>
<div class="w1200 box"><div class="hd"><h3>政务公开目录</h3></div>
  <a href="/col/col1502/index.html">机构职能</a> <a href="/col/col1522/index.html">政策文件</a> <a href="/col/col1523/index.html">政策解读</a>
  <a href="/col/col1528/index.html">人事信息</a> <a href="/col/col1529/index.html">财政预决算</a> <a href="/col/col1527/index.html">依申请公开</a>
  <a href="/col/col1520/index.html">政府信息公开年报</a></div>
<div class="w1200 box"><div class="hd"><h3>健康科普</h3></div>
  <a href="/col/col1541/index.html"><img src="/images/kp1.jpg" alt="冬季流感防治"></a>
  <a href="/col/col1542/index.html"><img src="/images/kp2.jpg" alt="合理膳食"></a></div>
{friend_links()}
{foot}
{JQ_TABS}
{TONGJI}
</body></html>"""
    s.pages["/"] = home
    sibl = [("卫健要闻", "/col/col1510/index.html"), ("通知公告", "/col/col1521/index.html"), ("政策文件", "/col/col1522/index.html"), ("双随机一公开", "/col/col1524/index.html"), ("行政许可公示", "/col/col1525/index.html"), ("建议提案办理", "/col/col1526/index.html"), ("咨询回复", "/col/col1552/index.html")]
    args = ("青山市卫生健康委员会", cs)
    tail = (foot, menu, top, "logo_wjw.png")
    s.pages["/col/col1510/index.html"] = column_page(*args, ["卫健要闻"], sibl, "卫健要闻", ul(news[:20]) + pager(12, 236, "hanweb"), *tail)
    s.pages["/col/col1521/index.html"] = column_page(*args, ["政府信息公开"], sibl, "通知公告", ul(tz[:20]) + pager(9, 171, "hanweb"), *tail)
    s.pages["/col/col1522/index.html"] = column_page(*args, ["政府信息公开"], sibl, "政策文件", zc_page_main, *tail)
    s.pages["/col/col1524/index.html"] = column_page(*args, ["政府信息公开"], sibl, "双随机一公开", ul(sj) + pager(1, len(sj), "hanweb"), *tail)
    s.pages["/col/col1525/index.html"] = column_page(*args, ["政府信息公开"], sibl, "行政许可公示", xk_table + pager(16, 318, "hanweb"), *tail)
    s.pages["/col/col1526/index.html"] = column_page(*args, ["政府信息公开"], sibl, "建议提案办理", ul(jy) + pager(1, len(jy), "hanweb"), *tail)
    s.pages["/col/col1552/index.html"] = column_page(*args, ["政民互动"], sibl, "咨询回复", zx_table + pager(7, 131, "hanweb"), *tail)
    s.truth = Truth(
        status="healthy", passed=True, must=fs(),
        must_not=ALWAYS_NOT | fs("homepage_stale", "column_stale", "column_empty", "abandoned", "unanswered_messages", "undated"),
        columns=(
            Col("卫健要闻", ("news",), ago(1)),
            Col("通知公告", ("notice",), ago(2)),
            Col("政策文件", ("policy",), ago(12)),
            Col("双随机一公开", ("notice", "other"), ago(20)),
            Col("行政许可公示", ("notice", "other"), ago(2)),
            Col("咨询回复", ("interaction",), ago(3)),
            Col("建议提案办理", ("other",), ago(120)),
        ),
        last_updated=ago(1),
        home_status="healthy", home_passed=True, home_must=fs(),
        home_must_not=ALWAYS_NOT | fs("homepage_stale", "abandoned", "undated"), home_newest=ago(1),
    )
    s.page_truth = {"/col/col1522/index.html": (ago(12), False), "/col/col1525/index.html": (ago(2), False)}
    return s


# ======================================================================
# 3. 青山市市场监督管理局: 广东政务云-style post_N.html (no date in URLs);
#    stale; a footer update stamp of today; 有效期至2027年 in titles
# ======================================================================


def _scjgj() -> Site:
    s = Site("scjgj.qingshan.test", "青山市市场监督管理局", "utf-8", True)
    cs = "utf-8"
    menu = nav(
        [
            ("首页", "/", []),
            ("机构概况", "/jggk/", [("机构职能", "/jggk/jgzn/"), ("领导简介", "/jggk/ldjj/"), ("内设机构", "/jggk/nsjg/")]),
            ("新闻中心", "/xwzx/", [("工作动态", "/xwzx/gzdt/"), ("基层动态", "/xwzx/jcdt/"), ("消费提示", "/xwzx/xfts/")]),
            ("政务公开", "/zwgk/", [("通知公告", "/zwgk/tzgg/"), ("政策解读", "/zwgk/zcjd/"), ("双随机一公开", "/zwgk/ssjygk/"), ("行政许可公示", "/zwgk/xzxk/"), ("行政处罚", "/zwgk/xzcf/"), ("人事信息", "/zwgk/rsxx/"), ("财政预决算", "/zwgk/czyjs/")]),
            ("办事服务", "/bsfw/", [("企业开办", "/bsfw/qykb/"), ("食品经营许可", "/bsfw/spjyxk/"), ("特种设备", "/bsfw/tzsb/")]),
            ("互动交流", "/hdjl/", [("局长信箱", "/hdjl/jzxx/"), ("12315投诉举报", "https://www.12315.cn/")]),
            ("专题专栏", "/ztzl/", [("食品安全", "/ztzl/spaq/"), ("知识产权", "/ztzl/zscq/")]),
        ]
    )
    top = topbar("您好，欢迎访问青山市市场监督管理局网站")
    foot = footer(
        "青山市市场监督管理局", "赣ICP备05007788号", "3601000045", "青山市长春路20号", "0791-86669876",
        extra=f"</p><p>本站更新时间：{NOW.isoformat()} 08:00",
    )
    n = [4012000]

    def post(col: str) -> str:
        n[0] += 17
        return f"/{col}/content/post_{n[0]}.html"

    def mk(col: str, offs: list[int], titles: list[str]) -> list[tuple[str, str, str, date]]:
        ts = cycle_titles(titles, len(offs), DISTRICTS)
        return [(ts[i], post(col), fmt_iso(ago(o)), ago(o)) for i, o in enumerate(offs)]

    gzdt = mk("xwzx/gzdt", spread(38, 30, (3, 4, 6)), [
        "市市场监管局召开2026年第三季度食品安全形势分析会",
        "市市场监管局开展中秋国庆节前食品安全专项检查",
        "我市举办2026年“质量月”活动启动仪式",
        "市市场监管局部署电梯安全隐患专项整治",
        "全市市场监管系统“护航民生”专项行动推进会召开",
        "市市场监管局开展计量惠民进集贸市场活动",
    ])
    tzgg = mk("zwgk/tzgg", spread(45, 20, (10, 15, 20)), [
        "关于青山市绿源食品有限公司食品生产许可证延续（有效期至2027年3月15日）的公示",
        "关于注销部分逾期未年报个体工商户的公告",
        "关于公布2026年第三季度食品安全监督抽检结果的通告",
        "关于开展2026年度检验检测机构能力验证工作的通知",
        "关于公布青山市放心消费示范单位名单（有效期至2027年12月31日）的公告",
        "关于特种设备作业人员资格证有效期至2027年6月到期人员办理复审的通知",
    ])
    zcjd = mk("zwgk/zcjd", spread(95, 10, (30, 40)), [
        "《青山市食品小作坊登记管理办法》政策解读",
        "一图读懂《个体工商户登记管理规定》",
        "《青山市市场主体住所（经营场所）登记管理规定》解读",
    ])
    ssj = mk("zwgk/ssjygk", spread(60, 10, (25, 30)), [
        "青山市市场监督管理局2026年第二批“双随机一公开”抽查结果公示",
        "青山市市场监督管理局2026年度双随机抽查工作计划",
        "青山市市场监督管理局2026年第一批“双随机一公开”抽查结果公示",
    ])
    xzxk = mk("zwgk/xzxk", spread(41, 12, (5, 7, 9)), [
        "2026年10月食品经营许可信息公示",
        "2026年9月特种设备使用登记信息公示",
        "2026年9月食品生产许可信息公示",
        "2026年8月药品零售企业许可信息公示",
    ])
    xfts = mk("xwzx/xfts", spread(52, 10, (20, 30, 40)), [
        "秋冬季进补，谨防保健食品虚假宣传",
        "市市场监管局发布预付式消费风险提示",
        "网购“双11”消费提示：理性消费 谨防套路",
        "开学季校外培训消费提示",
    ])
    blocks = {"工作动态": ("/xwzx/gzdt/", gzdt), "通知公告": ("/zwgk/tzgg/", tzgg), "政策解读": ("/zwgk/zcjd/", zcjd), "双随机一公开": ("/zwgk/ssjygk/", ssj), "行政许可公示": ("/zwgk/xzxk/", xzxk), "消费提示": ("/xwzx/xfts/", xfts)}

    def L(rows: list[tuple[str, str, str, date]], k: int) -> str:
        return ul([(t, u, d) for t, u, d, _ in rows[:k]])

    home = f"""{head("青山市市场监督管理局", cs, "市场监管,食品安全,特种设备,知识产权")}
<body>
{top}
{header("青山市市场监督管理局", "logo_scjg.png")}
{menu}
<div class="w1200 box" style="text-align:center"><h2><a href="{gzdt[0][1]}">{gzdt[0][0]}</a></h2></div>
<div class="w1200 clearfix">
  <div style="float:left;width:590px">{box("工作动态", "/xwzx/gzdt/", L(gzdt, 8))}</div>
  <div style="float:right;width:590px">{box("通知公告", "/zwgk/tzgg/", L(tzgg, 8))}</div>
</div>
<div class="w1200 box"><div class="hd"><h3>办事服务</h3></div>
  <ul class="service clearfix"><li><a href="/bsfw/qykb/">企业开办“一网通办”</a></li><li><a href="/bsfw/spjyxk/">食品经营许可</a></li>
  <li><a href="/bsfw/tzsb/">特种设备使用登记</a></li><li><a href="https://www.gsxt.gov.cn/">国家企业信用信息公示系统</a></li>
  <li><a href="https://www.12315.cn/">全国12315平台</a></li><li><a href="/bsfw/jlqj/">计量器具检定</a></li></ul></div>
<div class="w1200 clearfix">
  <div style="float:left;width:880px">{tabbox([("政策解读", "/zwgk/zcjd/", L(zcjd, 6)), ("双随机一公开", "/zwgk/ssjygk/", L(ssj, 6)), ("行政许可公示", "/zwgk/xzxk/", L(xzxk, 6))])}</div>
  <div style="float:right;width:300px">{box("消费提示", "/xwzx/xfts/", L(xfts, 5))}</div>
</div>
<div class="w1200 box"><div class="hd"><h3>专题专栏</h3></div>
  <a href="/ztzl/spaq/"><img src="/images/zt1.jpg" alt="食品安全"></a><a href="/ztzl/zscq/"><img src="/images/zt2.jpg" alt="知识产权强市建设"></a></div>
{friend_links()}
{foot}
{JQ_TABS}
{TONGJI}
</body></html>"""
    s.pages["/"] = home
    sibl = [(k, v[0]) for k, v in blocks.items()]
    for name, (path, rows) in blocks.items():
        main = ul([(t, u, d) for t, u, d, _ in rows]) + pager(max(2, len(rows) // 20 + 3), len(rows) + 40, "plain")
        s.pages[path] = column_page("青山市市场监督管理局", cs, ["政务公开"], sibl, name, main, foot, menu, top, "logo_scjg.png")
    s.truth = Truth(
        status="stale", passed=False, must=fs("homepage_stale", "column_stale"),
        must_not=ALWAYS_NOT | fs("abandoned", "column_empty", "unanswered_messages", "undated"),
        columns=(
            Col("工作动态", ("news",), ago(38)),
            Col("通知公告", ("notice",), ago(45)),
            Col("政策解读", ("policy",), ago(95)),
            Col("双随机一公开", ("notice", "other"), ago(60)),
            Col("行政许可公示", ("notice", "other"), ago(41)),
            Col("消费提示", ("news", "other"), ago(52)),
        ),
        last_updated=ago(38),
        home_status="stale", home_passed=False, home_must=fs("homepage_stale"),
        home_must_not=ALWAYS_NOT | fs("abandoned", "undated"), home_newest=ago(38),
    )
    s.page_truth = {"/zwgk/tzgg/": (ago(45), False)}
    return s


# ======================================================================
# 4. 青山市统计局: TRS, GBK bytes, HTTP header without charset; healthy;
#    monthly releases, 统计公报 once a year, a release calendar with dates
#    ahead, a column page with 120 items
# ======================================================================


def _tjj() -> Site:
    s = Site("tjj.qingshan.test", "青山市统计局", "gbk", False)
    cs = "gbk"
    menu = nav(
        [
            ("首页", "/", []),
            ("机构概况", "/jggk/", [("机构职能", "/jggk/jgzn/"), ("领导信息", "/jggk/ldxx/")]),
            ("统计动态", "/tjdt/", [("工作动态", "/tjdt/gzdt/"), ("区县动态", "/tjdt/qxdt/")]),
            ("统计数据", "/tjsj/", [("月度数据", "/tjsj/ydsj/"), ("统计公报", "/tjsj/tjgb/"), ("统计年鉴", "/tjsj/tjnj/"), ("普查数据", "/tjsj/pcsj/")]),
            ("统计分析", "/tjfx/", []),
            ("政务公开", "/zwgk/", [("通知公告", "/zwgk/tzgg/"), ("政策解读", "/zwgk/zcjd/"), ("统计法规", "/zwgk/tjfg/"), ("财政预决算", "/zwgk/czyjs/")]),
            ("统计服务", "/tjfw/", [("数据发布日程", "/tjfw/fbrc/"), ("统计执法", "/tjfw/tjzf/"), ("统计知识", "/tjfw/tjzs/")]),
        ]
    )
    top = topbar('<script>document.write("今天是 " + new Date().toLocaleDateString());</script>')
    foot = footer("青山市统计局", "赣ICP备05003366号", "3601000067", "青山市人民路88号", "0791-86662233")

    def t(col: str, d: date, n: int) -> str:
        return f"/{col}/{d.year}{d.month:02d}/t{d.year}{d.month:02d}{d.day:02d}_{5566000 + n}.shtml"

    # monthly data: released on the 16th-ish of each month, several a day
    ydsj: list[tuple[str, str, date]] = []
    k = 0
    for m_back in range(0, 24):
        y, m = 2026, 10 - m_back
        while m <= 0:
            m += 12
            y -= 1
        rel_m, rel_y = m + 1, y
        if rel_m == 13:
            rel_m, rel_y = 1, y + 1
        rel = date(rel_y, rel_m, 16)
        span = f"1-{m}月" if m > 1 else "1月"
        for title in (
            f"{y}年{m}月份全市规模以上工业生产情况",
            f"{y}年{span}全市固定资产投资情况",
            f"{y}年{m}月份全市居民消费价格运行情况",
            f"{y}年{span}全市社会消费品零售总额",
            f"{y}年{span}全市主要经济指标",
        ):
            ydsj.append((title, t("tjsj/ydsj", rel, k), rel))
            k += 1
    ydsj = [r for r in ydsj if r[2] <= NOW]
    assert ydsj[0][2] == date(2026, 11, 16)
    tjgb = [
        ("青山市2025年国民经济和社会发展统计公报", t("tjsj/tjgb", date(2026, 3, 20), 900), date(2026, 3, 20)),
        ("青山市第五次全国经济普查公报（第一号）", t("tjsj/tjgb", date(2025, 12, 30), 901), date(2025, 12, 30)),
        ("青山市2024年国民经济和社会发展统计公报", t("tjsj/tjgb", date(2025, 3, 21), 902), date(2025, 3, 21)),
        ("青山市2023年国民经济和社会发展统计公报", t("tjsj/tjgb", date(2024, 3, 22), 903), date(2024, 3, 22)),
        ("青山市2022年国民经济和社会发展统计公报", t("tjsj/tjgb", date(2023, 3, 24), 904), date(2023, 3, 24)),
    ]
    fx_off = spread(9, 16, (12, 18, 20))
    fx_t = cycle_titles([
        "前三季度全市经济运行稳中有进",
        "2026年前三季度全市居民收入情况分析",
        "我市规模以上工业高技术制造业增长态势分析",
        "全市消费市场回暖的特点及建议",
        "青山市人口老龄化现状及对策研究",
    ], 16)
    fx = [(fx_t[i], t("tjfx", ago(o), 1000 + i), ago(o)) for i, o in enumerate(fx_off)]
    dt_off = spread(2, 20, (2, 3, 2, 5))
    dt_t = cycle_titles([
        "市统计局召开2027年统计年报和定期统计报表布置会",
        "市统计局开展统计执法“双随机”检查",
        "全市第五次全国经济普查数据开发应用工作推进会召开",
        "市统计局党组理论学习中心组举行专题学习",
        "市统计局赴东溪县开展统计数据质量调研",
    ], 20, DISTRICTS)
    dt = [(dt_t[i], t("tjdt/gzdt", ago(o), 2000 + i), ago(o)) for i, o in enumerate(dt_off)]
    tz_off = spread(22, 10, (20, 25))
    tz_t = cycle_titles([
        "关于做好2026年统计年报和2027年定期统计报表工作的通知",
        "关于开展2026年度统计专业技术资格考试报名工作的通知",
        "关于公布2026年全市统计工作先进集体和先进个人的通报",
    ], 10)
    tz = [(tz_t[i], t("zwgk/tzgg", ago(o), 3000 + i), ago(o)) for i, o in enumerate(tz_off)]
    jd = [
        ("《青山市统计违纪违法责任人处分处理建议办法》解读", t("zwgk/zcjd", ago(170), 4000), ago(170)),
        ("图解：统计法律法规知多少", t("zwgk/zcjd", ago(260), 4001), ago(260)),
        ("《统计从业人员统计信用档案管理办法》解读", t("zwgk/zcjd", ago(340), 4002), ago(340)),
    ]

    def L(rows: list[tuple[str, str, date]], n: int, f=fmt_iso) -> str:
        return ul([(a, b, f(c)) for a, b, c in rows[:n]])

    rc = "".join(
        f"<tr><td>{item}</td><td>{d.isoformat()}</td><td>{'已发布' if d <= NOW else '待发布'}</td></tr>"
        for item, d in [
            ("2026年10月份规模以上工业生产情况", date(2026, 11, 16)),
            ("2026年1-10月固定资产投资", date(2026, 11, 16)),
            ("2026年11月份规模以上工业生产情况", date(2026, 12, 16)),
            ("2026年1-11月主要经济指标", date(2026, 12, 17)),
            ("2026年全年居民收支", date(2027, 1, 22)),
        ]
    )
    home = f"""{head("青山市统计局", cs, "青山统计,统计数据,统计公报,统计年鉴")}
<body>
{top}
{header("青山市统计局", "logo_tjj.png")}
{menu}
<div class="w1200 clearfix" style="margin-top:15px">
  <div class="slideBox" style="float:left;width:560px"><div class="bd"><ul>{"".join(f'<li><a href="{u}"><img src="/images/tjj{i}.jpg"><p>{a}</p></a></li>' for i, (a, u, _) in enumerate(dt[:4]))}</ul></div></div>
  <div style="float:right;width:620px">{tabbox([("工作动态", "/tjdt/gzdt/", L(dt, 8, fmt_md)), ("通知公告", "/zwgk/tzgg/", L(tz, 8, fmt_md))])}</div>
</div>
<div class="w1200 clearfix">
  <div style="float:left;width:590px">{box("统计数据", "/tjsj/ydsj/", L(ydsj, 10))}</div>
  <div style="float:right;width:590px">{box("统计分析", "/tjfx/", L(fx, 10))}</div>
</div>
<div class="w1200 clearfix">
  <div style="float:left;width:590px">{box("统计公报", "/tjsj/tjgb/", L(tjgb, 5))}</div>
  <div style="float:right;width:590px">{box("政策解读", "/zwgk/zcjd/", L(jd, 3))}</div>
</div>
<div class="w1200 box"><div class="hd"><h3>数据发布日程</h3></div>
<table class="tb"><tr><th>发布内容</th><th>发布日期</th><th>状态</th></tr>{rc}</table></div>
<div class="w1200 box"><div class="hd"><h3>统计服务</h3></div>
  <a href="/tjsj/tjnj/">统计年鉴</a> <a href="/tjfw/tjzf/">统计执法</a> <a href="http://data.stats.gov.cn/">国家数据</a> <a href="/tjfw/wsbb/">联网直报</a> <a href="/tjfw/tjzs/">统计知识</a></div>
{friend_links()}
{foot}
{JQ_TABS}
{TONGJI}
</body></html>"""
    s.pages["/"] = home
    sibl = [("工作动态", "/tjdt/gzdt/"), ("统计数据", "/tjsj/ydsj/"), ("统计公报", "/tjsj/tjgb/"), ("统计分析", "/tjfx/"), ("通知公告", "/zwgk/tzgg/"), ("政策解读", "/zwgk/zcjd/")]
    tail = (foot, menu, top, "logo_tjj.png")
    cp = lambda name, rows, pg: column_page("青山市统计局", cs, ["统计数据"], sibl, name, L(rows, len(rows)) + pg, *tail)  # noqa: E731
    s.pages["/tjdt/gzdt/"] = cp("工作动态", dt, pager(20, 396))
    s.pages["/tjsj/ydsj/"] = cp("统计数据", ydsj[:120], pager(2, len(ydsj)))
    s.pages["/tjsj/tjgb/"] = cp("统计公报", tjgb, pager(1, len(tjgb)))
    s.pages["/tjfx/"] = cp("统计分析", fx, pager(4, 71))
    s.pages["/zwgk/tzgg/"] = cp("通知公告", tz, pager(3, 52))
    s.pages["/zwgk/zcjd/"] = cp("政策解读", jd, pager(1, 3))
    s.truth = Truth(
        status="healthy", passed=True, must=fs(),
        must_not=ALWAYS_NOT | fs("homepage_stale", "column_stale", "column_empty", "abandoned", "unanswered_messages", "undated"),
        columns=(
            Col("工作动态", ("news",), ago(2)),
            Col("通知公告", ("notice",), ago(22)),
            Col("统计数据", ("statistics",), date(2026, 11, 16)),
            Col("统计分析", ("statistics", "news"), ago(9)),
            Col("统计公报", ("statistics",), date(2026, 3, 20)),
            Col("政策解读", ("policy",), ago(170)),
        ),
        last_updated=ago(2),
        home_status="healthy", home_passed=True, home_must=fs(),
        home_must_not=ALWAYS_NOT | fs("homepage_stale", "abandoned", "undated"), home_newest=ago(2),
    )
    s.page_truth = {"/tjsj/ydsj/": (date(2026, 11, 16), False), "/tjsj/tjgb/": (date(2026, 3, 20), False)}
    return s


# ======================================================================
# 5. 青山市人力资源和社会保障局: JEECMS .jhtml; healthy but an unanswered
#    letter of 4-5 months fails it; 报名时间 ahead in titles
# ======================================================================


def _rsj() -> Site:
    s = Site("rsj.qingshan.test", "青山市人力资源和社会保障局", "utf-8", True)
    cs = "utf-8"
    menu = nav(
        [
            ("首页", "/", []),
            ("机构概况", "/jggk/index.jhtml", [("机构职能", "/jgzn/index.jhtml"), ("领导信息", "/ldxx/index.jhtml")]),
            ("人社动态", "/gzdt/index.jhtml", [("工作动态", "/gzdt/index.jhtml"), ("县区动态", "/xqdt/index.jhtml")]),
            ("信息公开", "/xxgk/index.jhtml", [("通知公告", "/tzgg/index.jhtml"), ("政策解读", "/zcjd/index.jhtml"), ("公示公告", "/gsgg/index.jhtml"), ("人事信息", "/rsxx/index.jhtml"), ("规划计划", "/ghjh/index.jhtml"), ("财政预决算", "/czyjs/index.jhtml")]),
            ("就业创业", "/jycy/index.jhtml", [("招聘信息", "/zpxx/index.jhtml"), ("创业担保贷款", "/cydb/index.jhtml")]),
            ("人事人才", "/rsrc/index.jhtml", [("人事考试", "/rsks/index.jhtml"), ("职称评审", "/zcps/index.jhtml"), ("事业单位招聘", "/sydw/index.jhtml")]),
            ("社会保障", "/shbz/index.jhtml", [("养老保险", "/ylbx/index.jhtml"), ("工伤保险", "/gsbx/index.jhtml"), ("失业保险", "/sybx/index.jhtml")]),
            ("劳动关系", "/ldgx/index.jhtml", [("劳动监察", "/ldjc/index.jhtml"), ("劳动仲裁", "/ldzc/index.jhtml")]),
            ("互动交流", "/hdjl/index.jhtml", [("局长信箱", "/jzxx/index.jhtml"), ("在线咨询", "/zxzx/index.jhtml")]),
        ]
    )
    top = topbar(f"<span>{NOW.year}年{NOW.month}月{NOW.day}日</span>　青山人社 · 民生为本 人才优先")
    foot = footer("青山市人力资源和社会保障局", "赣ICP备05002211号", "3601000078", "青山市新府路168号市民中心A座", "12333")
    n = [88000]

    def j(col: str) -> str:
        n[0] += 13
        return f"/{col}/{n[0]}.jhtml"

    def mk(col: str, offs: list[int], titles: list[str], sfx: list[str] | None = None) -> list[tuple[str, str, date]]:
        ts = cycle_titles(titles, len(offs), sfx)
        return [(ts[i], j(col), ago(o)) for i, o in enumerate(offs)]

    gzdt = mk("gzdt", spread(1, 30, (1, 2, 2, 3)), [
        "我市举办2026年秋季大型人才招聘会 提供岗位8600余个",
        "市人社局开展根治欠薪冬季专项行动",
        "全市技工院校教学质量评估工作启动",
        "我市新增3家省级高技能人才培训基地",
        "市人社局召开2026年第四季度就业形势分析会",
        "“人社服务快办行动”推进会召开",
    ], DISTRICTS)
    tzgg = mk("tzgg", spread(4, 20, (4, 6, 5)), [
        "关于开展2026年度企业职工基本养老保险待遇资格认证工作的通知",
        "关于做好2026年度职称评审申报工作的通知",
        "关于2027年城乡居民基本养老保险缴费工作的通知",
        "关于公布2026年第三批就业见习基地名单的通知",
    ])
    rsks = mk("rsks", spread(6, 20, (5, 8, 10)), [
        "2026年下半年青山市事业单位公开招聘工作人员笔试成绩公示",
        "2026年度二级建造师执业资格考试青山考区考务通知",
        "2026年下半年青山市事业单位公开招聘面试公告",
        "2026年度中级经济师考试青山考区考生须知",
    ])
    zpxx = mk("zpxx", spread(2, 20, (2, 3, 4)), [
        "青山市第一人民医院2026年公开招聘编外工作人员公告（报名时间：2026年11月25日至12月1日）",
        "青山市城市建设投资集团有限公司2026年社会招聘公告",
        "青山高新区管委会2026年公开招聘劳务派遣人员公告（报名截止2026年12月5日）",
        "青山市公共就业服务中心招聘公益性岗位人员公告",
        "青山市人民医院2027年度校园招聘公告",
    ])
    gsgg = mk("gsgg", spread(3, 20, (5, 7, 9)), [
        "2026年青山市事业单位公开招聘拟聘用人员公示（公示期：2026年11月16日至11月22日）",
        "2026年度青山市高层次人才认定名单公示",
        "青山市2026年第二批技能大师工作室拟认定名单公示",
        "2026年青山市创业担保贷款贴息资金拟拨付名单公示",
    ])
    zcjd = mk("zcjd", spread(30, 10, (30, 40)), [
        "《青山市高层次人才分类认定办法》政策解读",
        "一图读懂2026年城乡居民养老保险缴费档次调整",
        "《青山市就业补助资金管理办法》解读",
    ])
    # 局长信箱: answered letters, one in hand for 20 days (fine), two left for 4-5 months
    letters = [
        ("咨询灵活就业人员社保缴费基数", ago(2), "已回复"),
        ("企业拖欠工资如何投诉", ago(5), "已回复"),
        ("关于失业保险金申领条件的咨询", ago(9), "已回复"),
        ("事业单位招聘考试成绩何时公布", ago(14), "已回复"),
        ("关于工伤认定进度的询问", ago(20), "办理中"),
        ("职称评审材料提交方式咨询", ago(26), "已回复"),
        ("养老保险转移接续问题", ago(41), "已回复"),
        ("高层次人才购房补贴何时发放", ago(63), "已回复"),
        ("退休人员养老金重复发放问题反映", ago(118), "办理中"),
        ("某公司未依法缴纳社保的举报", ago(147), "未回复"),
        ("技能补贴申领咨询", ago(160), "已回复"),
        ("关于人才公寓申请条件的咨询", ago(199), "已回复"),
    ]
    lt_rows = "".join(
        f'<tr><td>{i + 1}</td><td class="tl"><a href="/jzxx/{5500 + i}.jhtml" target="_blank">{t}</a></td><td>{d.isoformat()}</td>'
        f'<td class="{"ok" if st == "已回复" else "wait"}">{st}</td></tr>'
        for i, (t, d, st) in enumerate(letters)
    )
    lt_table = f'<table class="tb"><tr><th>序号</th><th>信件标题</th><th>来信日期</th><th>办理状态</th></tr>{lt_rows}</table>'

    def L(rows: list[tuple[str, str, date]], k: int, f=fmt_iso) -> str:
        return ul([(a, b, f(c)) for a, b, c in rows[:k]])

    home = f"""{head("青山市人力资源和社会保障局", cs, "人社,就业,社保,人事考试,招聘")}
<body>
{top}
{header("青山市人力资源和社会保障局", "logo_rsj.png")}
{menu}
<div class="w1200 clearfix" style="margin-top:15px">
  <div style="float:left;width:580px">{box("工作动态", "/gzdt/index.jhtml", L(gzdt, 9, fmt_md))}</div>
  <div style="float:right;width:600px">{tabbox([("通知公告", "/tzgg/index.jhtml", L(tzgg, 8)), ("公示公告", "/gsgg/index.jhtml", L(gsgg, 8)), ("政策解读", "/zcjd/index.jhtml", L(zcjd, 8))])}</div>
</div>
<div class="w1200 box"><div class="hd"><h3>网上办事</h3></div><ul class="service clearfix">
  <li><a href="https://ggfw.sheng.gov.cn/">社保查询</a></li><li><a href="/bsfw/ylbx/">养老保险待遇认证</a></li><li><a href="/bsfw/sydj/">失业登记</a></li>
  <li><a href="/bsfw/jyjx/">就业见习</a></li><li><a href="/bsfw/zyzg/">职业资格证书查询</a></li><li><a href="/bsfw/ldzc/">劳动仲裁申请</a></li></ul></div>
<div class="w1200 clearfix">
  <div style="float:left;width:590px">{box("人事考试", "/rsks/index.jhtml", L(rsks, 7))}</div>
  <div style="float:right;width:590px">{box("招聘信息", "/zpxx/index.jhtml", L(zpxx, 7))}</div>
</div>
<div class="w1200">{box("局长信箱", "/jzxx/index.jhtml", lt_table)}</div>
{friend_links()}
{foot}
{JQ_TABS}
{TONGJI}
</body></html>"""
    s.pages["/"] = home
    sibl = [("工作动态", "/gzdt/index.jhtml"), ("通知公告", "/tzgg/index.jhtml"), ("公示公告", "/gsgg/index.jhtml"), ("政策解读", "/zcjd/index.jhtml"), ("人事考试", "/rsks/index.jhtml"), ("招聘信息", "/zpxx/index.jhtml"), ("局长信箱", "/jzxx/index.jhtml")]
    tail = (foot, menu, top, "logo_rsj.png")
    for name, path, rows, tot in [
        ("工作动态", "/gzdt/index.jhtml", gzdt, 612), ("通知公告", "/tzgg/index.jhtml", tzgg, 233), ("公示公告", "/gsgg/index.jhtml", gsgg, 145),
        ("政策解读", "/zcjd/index.jhtml", zcjd, 58), ("人事考试", "/rsks/index.jhtml", rsks, 301), ("招聘信息", "/zpxx/index.jhtml", zpxx, 455),
    ]:
        base = path.rsplit(".", 1)[0]
        s.pages[path] = column_page("青山市人力资源和社会保障局", cs, ["信息公开"], sibl, name, L(rows, 20) + pager((tot + 19) // 20, tot, "jeecms", base), *tail)
    s.pages["/jzxx/index.jhtml"] = column_page("青山市人力资源和社会保障局", cs, ["互动交流"], sibl, "局长信箱", lt_table + pager(1, len(letters), "jeecms", "/jzxx/index"), *tail)
    s.truth = Truth(
        status="healthy", passed=False, must=fs("unanswered_messages"),
        must_not=ALWAYS_NOT | fs("homepage_stale", "column_stale", "column_empty", "abandoned", "undated"),
        columns=(
            Col("工作动态", ("news",), ago(1)),
            Col("通知公告", ("notice",), ago(4)),
            Col("公示公告", ("notice",), ago(3)),
            Col("政策解读", ("policy",), ago(30)),
            Col("人事考试", ("personnel",), ago(6)),
            Col("招聘信息", ("personnel",), ago(2)),
            Col("局长信箱", ("interaction",), ago(2)),
        ),
        last_updated=ago(1),
        home_status="healthy", home_passed=True, home_must=fs(),
        home_must_not=ALWAYS_NOT | fs("homepage_stale", "abandoned", "undated"), home_newest=ago(1),
    )
    s.page_truth = {"/zpxx/index.jhtml": (ago(2), False)}
    return s


# ======================================================================
# 6. 青山市生态环境局: stale; an 空气质量日报 widget with today's date;
#    环评公示 table (公示日期 and 截止日期 cells)
# ======================================================================


def _sthjj() -> Site:
    s = Site("sthjj.qingshan.test", "青山市生态环境局", "utf-8", True)
    cs = "utf-8"
    menu = nav(
        [
            ("首页", "/", []),
            ("机构概况", "/jggk/", [("机构职能", "/jggk/jgzn/"), ("领导信息", "/jggk/ldxx/")]),
            ("新闻中心", "/xwzx/", [("工作动态", "/xwzx/gzdt/"), ("县区动态", "/xwzx/xqdt/")]),
            ("信息公开", "/xxgk/", [("通知公告", "/xxgk/tzgg/"), ("政策解读", "/xxgk/zcjd/"), ("环评公示", "/xxgk/hpgs/"), ("行政处罚", "/xxgk/xzcf/"), ("财政预决算", "/xxgk/czyjs/")]),
            ("环境质量", "/hjzl/", [("空气质量日报", "/hjzl/kqzl/"), ("水环境质量", "/hjzl/shj/"), ("环境状况公报", "/hjzl/zkgb/")]),
            ("互动交流", "/hdjl/", [("局长信箱", "/hdjl/jzxx/"), ("12369环保举报", "/hdjl/12369/")]),
        ]
    )
    top = topbar(f"今天是{clock()}")
    foot = footer("青山市生态环境局", "赣ICP备05006655号", "3601000089", "青山市环城西路36号", "0791-86665566")

    def u(col: str, d: date, n: int) -> str:
        return f"/xxgk/{col}/{d.year}{d.month:02d}/t{d.year}{d.month:02d}{d.day:02d}_{770000 + n}.html"

    gzdt_off = spread(21, 24, (4, 5, 7))
    gzdt_t = cycle_titles([
        "市生态环境局召开秋冬季大气污染防治攻坚动员会",
        "我市开展入河排污口排查整治“回头看”",
        "市生态环境局开展危险废物规范化环境管理评估",
        "全市生态环境执法大练兵活动启动",
        "市生态环境局深入企业开展“送法上门”服务",
    ], 24, DISTRICTS)
    gzdt = [(gzdt_t[i], f"/xwzx/gzdt/{ago(o).year}{ago(o).month:02d}/t{ago(o).strftime('%Y%m%d')}_{760000 + i}.html", ago(o)) for i, o in enumerate(gzdt_off)]
    tz_off = spread(27, 12, (10, 15))
    tz_t = cycle_titles([
        "关于开展2026年度排污许可证执行报告质量抽查的通知",
        "关于公布2026年青山市环境监管重点单位名录的通告",
        "关于做好重污染天气应急减排清单修订工作的通知",
    ], 12)
    tz = [(tz_t[i], u("tzgg", ago(o), i), ago(o)) for i, o in enumerate(tz_off)]
    projects = [
        ("青山市东溪县年产5万吨再生铝项目", "东溪县恒源铝业有限公司", "受理公示"),
        ("青山高新区生物医药产业园污水处理厂扩建工程", "青山高新区建设发展有限公司", "拟审批公示"),
        ("青山市第二垃圾焚烧发电厂二期工程", "青山环境能源有限公司", "审批决定公告"),
        ("南山区110千伏输变电工程", "国网青山供电公司", "受理公示"),
        ("白鹭县石灰石矿开采项目", "白鹭县金石矿业有限公司", "拟审批公示"),
        ("青山市城区雨污分流改造工程", "青山市城市建设投资集团有限公司", "审批决定公告"),
    ]
    hp_off = [24, 31, 38, 45, 59, 66]
    hp_rows = []
    for i, ((pn, unit, kind), o) in enumerate(zip(projects, hp_off, strict=True)):
        d = ago(o)
        end = d + timedelta(days=7)
        hp_rows.append(
            f'<tr><td class="tl"><a href="{u("hpgs", d, 100 + i)}" target="_blank">{pn}环境影响报告书{kind}</a></td>'
            f"<td>{unit}</td><td>{kind}</td><td>{d.isoformat()}</td><td>{end.isoformat()}</td></tr>"
        )
    hp_table = '<table class="tb"><tr><th>项目名称</th><th>建设单位</th><th>公示类型</th><th>公示日期</th><th>公示截止</th></tr>' + "".join(hp_rows) + "</table>"
    jd = [("《青山市大气污染防治条例》解读", u("zcjd", ago(100), 200), ago(100)), ("一图读懂排污许可管理办法", u("zcjd", ago(180), 201), ago(180)), ("《青山市扬尘污染防治办法》政策解读", u("zcjd", ago(290), 202), ago(290))]
    cf_off = spread(35, 10, (6, 9, 12))
    cf = [(f"青环罚〔2026〕{60 - i}号行政处罚决定书", u("xzcf", ago(o), 300 + i), ago(o)) for i, o in enumerate(cf_off)]

    def L(rows: list[tuple[str, str, date]], k: int, f=fmt_iso) -> str:
        return ul([(a, b, f(c)) for a, b, c in rows[:k]])

    aqi = f"""<div class="aqi box"><div class="hd"><h3>空气质量日报</h3><a class="more" href="/hjzl/kqzl/">更多</a></div>
<div class="bd"><p class="date">{NOW.year}年{NOW.month}月{NOW.day}日</p>
<p>青山市区　AQI：<b>62</b>　等级：<em class="liang">良</em>　首要污染物：PM2.5</p>
<table class="tb"><tr><th>监测点</th><th>AQI</th><th>级别</th></tr>
<tr><td>市监测站</td><td>58</td><td>良</td></tr><tr><td>高新区</td><td>66</td><td>良</td></tr><tr><td>清河区</td><td>49</td><td>优</td></tr></table>
<p class="tip">数据发布时间：{NOW.isoformat()} 10:00</p></div></div>"""
    home = f"""{head("青山市生态环境局", cs, "生态环境,环评,空气质量,环境执法")}
<body>
{top}
{header("青山市生态环境局", "logo_sthjj.png")}
{menu}
<div class="w1200 clearfix" style="margin-top:15px">
  <div style="float:left;width:820px">{tabbox([("工作动态", "/xwzx/gzdt/", L(gzdt, 9)), ("通知公告", "/xxgk/tzgg/", L(tz, 9))])}</div>
  <div style="float:right;width:360px">{aqi}</div>
</div>
<div class="w1200">{box("环评公示", "/xxgk/hpgs/", hp_table)}</div>
<div class="w1200 clearfix">
  <div style="float:left;width:590px">{box("政策解读", "/xxgk/zcjd/", L(jd, 3))}</div>
  <div style="float:right;width:590px">{box("行政处罚", "/xxgk/xzcf/", L(cf, 6))}</div>
</div>
<div class="w1200 box"><div class="hd"><h3>便民服务</h3></div><a href="/hdjl/12369/">12369环保举报</a> <a href="/bsfw/hpsp/">环评审批</a> <a href="/bsfw/pwxk/">排污许可</a> <a href="http://permit.mee.gov.cn/">全国排污许可证管理信息平台</a></div>
{friend_links()}
{foot}
{JQ_TABS}
{TONGJI}
</body></html>"""
    s.pages["/"] = home
    sibl = [("工作动态", "/xwzx/gzdt/"), ("通知公告", "/xxgk/tzgg/"), ("环评公示", "/xxgk/hpgs/"), ("政策解读", "/xxgk/zcjd/"), ("行政处罚", "/xxgk/xzcf/")]
    tail = (foot, menu, top, "logo_sthjj.png")
    s.pages["/xwzx/gzdt/"] = column_page("青山市生态环境局", cs, ["新闻中心"], sibl, "工作动态", L(gzdt, 20) + pager(15, 290), *tail)
    s.pages["/xxgk/tzgg/"] = column_page("青山市生态环境局", cs, ["信息公开"], sibl, "通知公告", L(tz, 12) + pager(5, 88), *tail)
    s.pages["/xxgk/hpgs/"] = column_page("青山市生态环境局", cs, ["信息公开"], sibl, "环评公示", hp_table + pager(12, 233), *tail)
    s.pages["/xxgk/zcjd/"] = column_page("青山市生态环境局", cs, ["信息公开"], sibl, "政策解读", L(jd, 3) + pager(1, 3), *tail)
    s.pages["/xxgk/xzcf/"] = column_page("青山市生态环境局", cs, ["信息公开"], sibl, "行政处罚", L(cf, 10) + pager(6, 113), *tail)
    s.truth = Truth(
        status="stale", passed=False, must=fs("homepage_stale", "column_stale"),
        must_not=ALWAYS_NOT | fs("abandoned", "column_empty", "unanswered_messages", "undated"),
        columns=(
            Col("工作动态", ("news",), ago(21)),
            Col("通知公告", ("notice",), ago(27)),
            Col("环评公示", ("notice", "other"), ago(24)),
            Col("政策解读", ("policy",), ago(100)),
            Col("行政处罚", ("notice", "other"), ago(35)),
        ),
        last_updated=ago(21),
        home_status="stale", home_passed=False, home_must=fs("homepage_stale"),
        home_must_not=ALWAYS_NOT | fs("abandoned", "undated"), home_newest=ago(21),
    )
    s.page_truth = {"/xxgk/hpgs/": (ago(24), False)}
    return s


# ======================================================================
# 7. 青山市公安局: healthy; 反诈宣传 that names 赌博/博彩/六合彩 (must not be
#    taken for a hijack); 警情通报; a letter in hand for 25 days
# ======================================================================


def _gaj() -> Site:
    s = Site("gaj.qingshan.test", "青山市公安局", "utf-8", True)
    cs = "utf-8"
    menu = nav(
        [
            ("首页", "/", []),
            ("警务资讯", "/jwzx/", [("警务动态", "/jwzx/jwdt/"), ("警情通报", "/jwzx/jqtb/"), ("媒体聚焦", "/jwzx/mtjj/")]),
            ("警务公开", "/jwgk/", [("通知公告", "/jwgk/tzgg/"), ("政策解读", "/jwgk/zcjd/"), ("人事信息", "/jwgk/rsxx/"), ("财政预决算", "/jwgk/czyjs/"), ("双随机一公开", "/jwgk/ssj/")]),
            ("反诈宣传", "/fzxc/", [("反诈宣传", "/fzxc/"), ("以案说法", "/fzxc/yasf/")]),
            ("办事服务", "/bsfw/", [("户政业务", "/bsfw/hz/"), ("出入境", "/bsfw/crj/"), ("交管业务", "/bsfw/jg/"), ("治安管理", "/bsfw/za/")]),
            ("警民互动", "/jmhd/", [("局长信箱", "/jmhd/jzxx/"), ("网上信访", "/jmhd/wsxf/")]),
        ]
    )
    top = topbar("青山公安 · 忠诚 为民 担当 奉献　报警电话：110")
    foot = footer("青山市公安局", "赣ICP备05001110号", "3601000101", "青山市公安路1号", "0791-86660110")

    def sh(col: str, n: int) -> str:
        return f"/{col}/{100000 + n}.shtml"

    def mk(col: str, offs: list[int], titles: list[str], base: int, sfx: list[str] | None = None) -> list[tuple[str, str, date]]:
        ts = cycle_titles(titles, len(offs), sfx)
        return [(ts[i], sh(col, base + i), ago(o)) for i, o in enumerate(offs)]

    jwdt = mk("jwzx/jwdt", spread(1, 24, (1, 2, 3)), [
        "市公安局召开冬季治安打防管控工作部署会",
        "青山警方开展“平安护校”专项行动",
        "市公安局交警支队开展农村道路交通安全集中整治",
        "青山警方破获一起特大跨省盗窃案",
        "市公安局举行新警入警宣誓仪式",
    ], 0, DISTRICTS)
    jqtb = mk("jwzx/jqtb", spread(5, 12, (10, 20, 30)), [
        "青山市公安局关于2026年10月全市治安警情的通报",
        "青山市公安局关于国庆假期全市治安形势的通报",
        "青山市公安局关于2026年9月全市治安警情的通报",
        "关于一起网络谣言案件的警情通报",
    ], 100)
    fz = mk("fzxc", spread(3, 20, (3, 4, 5)), [
        "警惕！网络赌博“刷单返利”新骗局",
        "境外博彩网站诱骗参赌，民警提醒：十赌九骗",
        "“六合彩”“百家乐”都是赌博，切勿参与",
        "青山警方破获一起跨境网络赌博案 涉案金额1.2亿元",
        "反诈宣传进校园：守护学生“钱袋子”",
        "冒充客服退款诈骗又出新花样，这些话术要警惕",
        "“网络赌博APP”充值返利是陷阱，已有多人被骗",
        "全市开展打击治理电信网络诈骗犯罪宣传月活动",
    ], 200)
    tzgg = mk("jwgk/tzgg", spread(8, 12, (10, 12, 15)), [
        "关于2026年冬季机动车驾驶人考试安排的通告",
        "关于收缴非法枪支弹药爆炸物品的通告",
        "青山市公安局关于居民身份证异地受理的公告",
    ], 300)
    zcjd = mk("jwgk/zcjd", spread(60, 6, (40, 60)), [
        "《青山市电动自行车管理条例》解读",
        "户口迁移新政解读：放宽落户条件",
    ], 400)
    rsxx = mk("jwgk/rsxx", spread(90, 6, (60, 90)), [
        "2026年青山市公安局公开招聘警务辅助人员公告",
        "2026年青山市公安局招录人民警察拟录用人员公示",
    ], 500)
    letters = [
        ("户口迁移办理咨询", ago(4), "已答复"),
        ("小区门口违停严重请求处理", ago(11), "已答复"),
        ("身份证丢失补办流程", ago(19), "已答复"),
        ("关于电动车被盗报案进展的询问", ago(25), "办理中"),
        ("咨询无犯罪记录证明开具", ago(40), "已答复"),
        ("反映某路段夜间飙车噪音扰民", ago(77), "已答复"),
    ]
    lt = '<table class="tb"><tr><th>信件主题</th><th>写信日期</th><th>状态</th></tr>' + "".join(
        f'<tr><td class="tl"><a href="/jmhd/jzxx/{900 + i}.shtml" target="_blank">{t}</a></td><td>{d.isoformat()}</td><td>{st}</td></tr>'
        for i, (t, d, st) in enumerate(letters)
    ) + "</table>"

    def L(rows: list[tuple[str, str, date]], k: int, f=fmt_iso) -> str:
        return ul([(a, b, f(c)) for a, b, c in rows[:k]])

    banner = """<div class="w1200 box fz-banner"><a href="/fzxc/"><img src="/images/fz_banner.jpg" alt="全民反诈"></a>
<p>全民反诈 你我同行：不听、不信、不转账；网络赌博莫沾染，“博彩”“网赌”必输无疑。下载“国家反诈中心”APP，遇到可疑情况请拨打96110。</p></div>"""
    home = f"""{head("青山市公安局", cs, "青山公安,警务,反诈,户政,出入境")}
<body>
{top}
{header("青山市公安局", "logo_gaj.png")}
{menu}
{banner}
<div class="w1200 clearfix">
  <div style="float:left;width:590px">{box("警务动态", "/jwzx/jwdt/", L(jwdt, 9, fmt_slash))}</div>
  <div style="float:right;width:590px">{box("反诈宣传", "/fzxc/", L(fz, 9, fmt_slash))}</div>
</div>
<div class="w1200 clearfix">
  <div style="float:left;width:390px">{box("警情通报", "/jwzx/jqtb/", L(jqtb, 6, fmt_slash))}</div>
  <div style="float:left;width:390px;margin-left:20px">{tabbox([("通知公告", "/jwgk/tzgg/", L(tzgg, 6, fmt_slash)), ("政策解读", "/jwgk/zcjd/", L(zcjd, 6, fmt_slash)), ("人事信息", "/jwgk/rsxx/", L(rsxx, 6, fmt_slash))])}</div>
  <div style="float:right;width:380px" class="box"><div class="hd"><h3>办事服务</h3></div><a href="/bsfw/hz/">户政业务</a> <a href="/bsfw/crj/">出入境业务</a> <a href="https://gab.122.gov.cn/">交管12123</a> <a href="/bsfw/za/">治安管理</a> <a href="/bsfw/wdjc/">无犯罪记录证明</a></div>
</div>
<div class="w1200">{box("局长信箱", "/jmhd/jzxx/", lt)}</div>
{friend_links()}
{foot}
{JQ_TABS}
{TONGJI}
</body></html>"""
    s.pages["/"] = home
    sibl = [("警务动态", "/jwzx/jwdt/"), ("警情通报", "/jwzx/jqtb/"), ("反诈宣传", "/fzxc/"), ("通知公告", "/jwgk/tzgg/"), ("政策解读", "/jwgk/zcjd/"), ("人事信息", "/jwgk/rsxx/"), ("局长信箱", "/jmhd/jzxx/")]
    tail = (foot, menu, top, "logo_gaj.png")
    for name, path, rows in [("警务动态", "/jwzx/jwdt/", jwdt), ("警情通报", "/jwzx/jqtb/", jqtb), ("反诈宣传", "/fzxc/", fz), ("通知公告", "/jwgk/tzgg/", tzgg), ("政策解读", "/jwgk/zcjd/", zcjd), ("人事信息", "/jwgk/rsxx/", rsxx)]:
        s.pages[path] = column_page("青山市公安局", cs, ["警务公开"], sibl, name, L(rows, 20) + pager(6, 110, "plain"), *tail)
    s.pages["/jmhd/jzxx/"] = column_page("青山市公安局", cs, ["警民互动"], sibl, "局长信箱", lt + pager(1, 6, "plain"), *tail)
    s.truth = Truth(
        status="healthy", passed=True, must=fs(),
        must_not=ALWAYS_NOT | fs("homepage_stale", "column_stale", "column_empty", "abandoned", "unanswered_messages", "undated"),
        columns=(
            Col("警务动态", ("news",), ago(1)),
            Col("反诈宣传", ("news", "other"), ago(3)),
            Col("警情通报", ("notice", "news"), ago(5)),
            Col("通知公告", ("notice",), ago(8)),
            Col("政策解读", ("policy",), ago(60)),
            Col("人事信息", ("personnel",), ago(90)),
            Col("局长信箱", ("interaction",), ago(4)),
        ),
        last_updated=ago(1),
        home_status="healthy", home_passed=True, home_must=fs(),
        home_must_not=ALWAYS_NOT | fs("homepage_stale", "abandoned", "undated"), home_newest=ago(1),
    )
    s.page_truth = {"/fzxc/": (ago(3), False)}
    return s


# ======================================================================
# 8. 青山市住房和城乡建设局: fresh homepage with 招标公告/中标公示 tables
#    (dates in <td>, 开标时间 ahead), six empty 信息公开 columns; a 110-row
#    中标公示 page
# ======================================================================


def _zjj() -> Site:
    s = Site("zjj.qingshan.test", "青山市住房和城乡建设局", "utf-8", True)
    cs = "utf-8"
    menu = nav(
        [
            ("首页", "/", []),
            ("机构概况", "/jggk/", [("机构职能", "/jggk/jgzn/"), ("领导信息", "/jggk/ldxx/")]),
            ("建设动态", "/jsdt/", [("工作动态", "/jsdt/gzdt/"), ("县区动态", "/jsdt/xqdt/")]),
            ("信息公开", "/xxgk/", [("政务公开目录", "/xxgk/"), ("通知公告", "/xxgk/tzgg/"), ("政策解读", "/xxgk/zcjd/"), ("人事信息", "/xxgk/rsxx/"), ("规划计划", "/xxgk/ghjh/"), ("财政预决算", "/xxgk/czyjs/"), ("建议提案办理", "/xxgk/jyta/"), ("双随机一公开", "/xxgk/ssj/"), ("依申请公开", "/xxgk/ysqgk/")]),
            ("招标投标", "/ztb/", [("招标公告", "/ztb/zbgg/"), ("中标公示", "/ztb/zbgs/"), ("资格预审", "/ztb/zgys/")]),
            ("住房保障", "/zfbz/", [("公租房", "/zfbz/gzf/"), ("保障性租赁住房", "/zfbz/bzxzl/")]),
            ("办事服务", "/bsfw/", [("建筑业企业资质", "/bsfw/zz/"), ("施工许可", "/bsfw/sgxk/"), ("商品房预售", "/bsfw/ys/")]),
            ("互动交流", "/hdjl/", [("局长信箱", "/hdjl/jzxx/")]),
        ]
    )
    top = topbar(f"今天是{clock()}　<a href='/xxgk/ysqgk/'>依申请公开</a>")
    foot = footer("青山市住房和城乡建设局", "赣ICP备05009900号", "3601000112", "青山市建设路66号", "0791-86667788")

    def show(n: int) -> str:
        return f"/ztb/show-{n}.html"

    gz_off = spread(1, 20, (1, 2, 3))
    gz_t = cycle_titles([
        "市住建局召开城镇燃气安全专项整治推进会",
        "我市老旧小区改造项目全面完工",
        "市住建局开展建筑施工冬季安全生产大检查",
        "全市房地产市场平稳健康发展座谈会召开",
        "市住建局部署农民工工资支付专项检查",
    ], 20, DISTRICTS)
    gz = [(gz_t[i], f"/jsdt/gzdt/{ago(o).strftime('%Y%m')}/{ago(o).strftime('%Y%m%d')}{i:03d}.html", ago(o)) for i, o in enumerate(gz_off)]
    tz_off = spread(6, 12, (5, 8, 10))
    tz_t = cycle_titles([
        "关于开展2026年度建筑业企业资质动态核查的通知",
        "关于公布青山市第三批绿色建筑示范项目的通知",
        "关于做好2026年冬季建筑施工安全生产工作的通知",
    ], 12)
    tz = [(tz_t[i], f"/xxgk/tzgg/{ago(o).strftime('%Y%m')}/{ago(o).strftime('%Y%m%d')}{i:03d}.html", ago(o)) for i, o in enumerate(tz_off)]
    zb_names = ["青山市第二中学新校区建设工程", "青山大道（东段）提升改造工程", "清河区城中村改造安置房一期", "南山区老旧小区改造配套工程（三标段）",
                "青山市体育中心维修改造项目", "东溪县城区供水管网改造工程", "青山市人民医院门诊楼装修工程", "白鹭县保障性租赁住房项目", "高新区标准厂房（四期）"]
    zb_off = spread(2, 9, (1, 2, 3))
    zb_rows = "".join(
        f'<tr><td class="tl"><a href="{show(6000 + i)}" target="_blank">{zb_names[i]}施工招标公告</a></td><td>{["青山市城投集团", "青山市代建中心", "清河区住建局"][i % 3]}</td>'
        f"<td>{ago(o).isoformat()}</td><td>{(ago(o) + timedelta(days=21)).isoformat()} 09:30</td></tr>"
        for i, o in enumerate(zb_off)
    )
    zb_table = f'<table class="tb"><tr><th>项目名称</th><th>招标人</th><th>发布日期</th><th>开标时间</th></tr>{zb_rows}</table>'
    bidders = ["中建五局第三建设有限公司", "青山建工集团有限公司", "省路桥工程集团有限公司", "中铁二十四局集团有限公司", "青山市第一建筑工程公司"]
    zbgs: list[tuple[str, str, str, date]] = []
    offs = spread(3, 110, (1, 2, 2, 3))
    for i, o in enumerate(offs):
        nm = zb_names[i % len(zb_names)]
        if i >= len(zb_names):
            nm = f"{DISTRICTS[i % len(DISTRICTS)]}{nm[3:] if nm.startswith('青山市') else nm}（{i // len(zb_names) + 1}标段）"
        zbgs.append((f"{nm}中标候选人公示", show(7000 + i), bidders[i % len(bidders)], ago(o)))

    def gs_table(rows: list[tuple[str, str, str, date]]) -> str:
        body = "".join(
            f'<tr><td>{k + 1}</td><td class="tl"><a href="{u}" target="_blank">{t}</a></td><td>{b}</td><td>{d.isoformat()}</td><td>{(d + timedelta(days=3)).isoformat()}</td></tr>'
            for k, (t, u, b, d) in enumerate(rows)
        )
        return f'<table class="tb"><tr><th>序号</th><th>项目名称</th><th>第一中标候选人</th><th>公示日期</th><th>公示截止</th></tr>{body}</table>'

    empties = [("政策解读", "/xxgk/zcjd/"), ("人事信息", "/xxgk/rsxx/"), ("规划计划", "/xxgk/ghjh/"), ("财政预决算", "/xxgk/czyjs/"), ("建议提案办理", "/xxgk/jyta/"), ("双随机一公开", "/xxgk/ssj/")]
    none_panel = '<ul class="list"><li class="nodata">暂无信息</li></ul>'

    def L(rows: list[tuple[str, str, date]], k: int, f=fmt_iso) -> str:
        return ul([(a, b, f(c)) for a, b, c in rows[:k]])

    home = f"""{head("青山市住房和城乡建设局", cs, "住建,招投标,住房保障,建筑业")}
<body>
{top}
{header("青山市住房和城乡建设局", "logo_zjj.png")}
{menu}
<div class="w1200 clearfix" style="margin-top:15px">
  <div style="float:left;width:590px">{box("工作动态", "/jsdt/gzdt/", L(gz, 8))}</div>
  <div style="float:right;width:590px">{box("通知公告", "/xxgk/tzgg/", L(tz, 8))}</div>
</div>
<div class="w1200">{box("招标公告", "/ztb/zbgg/", zb_table)}</div>
<div class="w1200">{box("中标公示", "/ztb/zbgs/", gs_table(zbgs[:8]))}</div>
<div class="w1200">{tabbox([(n, p, none_panel) for n, p in empties])}</div>
<div class="w1200 box"><div class="hd"><h3>办事服务</h3></div><a href="/bsfw/zz/">建筑业企业资质</a> <a href="/bsfw/sgxk/">施工许可</a> <a href="/bsfw/ys/">商品房预售许可</a> <a href="/zfbz/gzf/">公租房申请</a></div>
{friend_links()}
{foot}
{JQ_TABS}
{TONGJI}
</body></html>"""
    s.pages["/"] = home
    sibl = [("工作动态", "/jsdt/gzdt/"), ("通知公告", "/xxgk/tzgg/"), ("招标公告", "/ztb/zbgg/"), ("中标公示", "/ztb/zbgs/"), *empties]
    tail = (foot, menu, top, "logo_zjj.png")
    cp = lambda name, main: column_page("青山市住房和城乡建设局", cs, ["信息公开"], sibl, name, main, *tail)  # noqa: E731
    s.pages["/jsdt/gzdt/"] = cp("工作动态", L(gz, 20) + pager(18, 351, "plain"))
    s.pages["/xxgk/tzgg/"] = cp("通知公告", L(tz, 12) + pager(4, 77, "plain"))
    s.pages["/ztb/zbgg/"] = cp("招标公告", zb_table + pager(20, 398, "plain"))
    s.pages["/ztb/zbgs/"] = cp("中标公示", gs_table(zbgs) + pager(3, 256, "plain"))
    for n, p in empties:
        s.pages[p] = cp(n, '<div class="nodata" style="text-align:center;padding:80px 0;color:#999">暂无数据</div><div class="pager">共0条记录 第1页/共0页</div>')
    s.truth = Truth(
        status="stale", passed=False, must=fs("column_empty"),
        must_not=ALWAYS_NOT | fs("homepage_stale", "column_stale", "abandoned", "unanswered_messages", "undated"),
        columns=(
            Col("工作动态", ("news",), ago(1)),
            Col("通知公告", ("notice",), ago(6)),
            Col("招标公告", ("notice",), ago(2)),
            Col("中标公示", ("notice",), ago(3)),
            Col("政策解读", ("policy",), None, True),
            Col("人事信息", ("personnel",), None, True),
            Col("规划计划", ("planning",), None, True),
            Col("财政预决算", ("finance",), None, True),
            Col("建议提案办理", ("other",), None, True),
            Col("双随机一公开", ("notice", "other"), None, True),
        ),
        last_updated=ago(1),
        home_status="healthy", home_passed=True, home_must=fs(),
        home_must_not=ALWAYS_NOT | fs("homepage_stale", "abandoned", "undated"), home_newest=ago(1),
    )
    s.page_truth = {"/ztb/zbgs/": (ago(3), False), "/xxgk/rsxx/": (None, True)}
    return s


# ======================================================================
# 9. 青山市政务服务中心 (政务服务大厅): GB18030 bytes declared gb2312 in a
#    meta, no HTTP charset; a service hall page mostly of service links,
#    a 办件公示 table updated today, 中心动态 and 通知公告
# ======================================================================


def _zwfw() -> Site:
    s = Site("zwfw.qingshan.test", "青山市政务服务中心", "gb18030", False)
    cs = "gb2312"
    menu = nav(
        [
            ("首页", "/", []),
            ("中心概况", "/zxgk/", [("中心简介", "/zxgk/zxjj/"), ("窗口设置", "/zxgk/ckzs/"), ("办事地图", "/zxgk/bsdt/")]),
            ("中心动态", "/zxdt/", []),
            ("通知公告", "/tzgg/", []),
            ("个人办事", "/grbs/", [("户籍办理", "/grbs/hj/"), ("社保医保", "/grbs/sb/"), ("公积金", "/grbs/gjj/"), ("不动产登记", "/grbs/bdc/")]),
            ("法人办事", "/frbs/", [("企业开办", "/frbs/qykb/"), ("工程建设", "/frbs/gcjs/"), ("税务办理", "/frbs/sw/")]),
            ("办件公示", "/bjgs/", []),
            ("好差评", "/hcp/", [("评价公示", "/hcp/pjgs/"), ("差评整改", "/hcp/cpzg/")]),
        ]
    )
    top = topbar(f"今天是{clock()}　工作时间：周一至周五 9:00-17:00（周六上午延时服务）")
    foot = footer("青山市政务服务管理局", "赣ICP备05008800号", "3601000123", "青山市新府路168号市民中心", "0791-12345")

    def a(col: str, d: date, n: int) -> str:
        return f"/{col}/{d.strftime('%Y%m%d')}/{4400 + n}.html"

    dt_off = spread(2, 16, (3, 4, 5))
    dt_t = cycle_titles([
        "市政务服务中心推出“高效办成一件事”第三批重点事项",
        "市政务服务中心开展“局长走流程”活动",
        "我市“一网通办”平台可办事项突破2000项",
        "市政务服务中心工作人员李赟获评全省政务服务标兵",
        "市政务服务中心启用24小时自助服务区",
    ], 16)
    dt = [(dt_t[i], a("zxdt", ago(o), i), ago(o)) for i, o in enumerate(dt_off)]
    tz_off = spread(9, 12, (8, 12, 15))
    tz_t = cycle_titles([
        "关于2027年元旦期间政务服务大厅工作安排的公告",
        "关于不动产登记窗口调整的通知",
        "关于启用新版电子营业执照的公告",
        "关于开展2026年政务服务“好差评”回访工作的通知",
    ], 12)
    tz = [(tz_t[i], a("tzgg", ago(o), 100 + i), ago(o)) for i, o in enumerate(tz_off)]
    bj_items = ["食品经营许可（新办）", "个体工商户设立登记", "不动产抵押登记", "建筑工程施工许可证核发", "居民身份证换领", "企业设立登记", "社会保障卡补换", "住房公积金提取"]
    bj_names = ["青山市甲**商贸有限公司", "王**", "李**", "青山建工集团有限公司", "张**", "青山市乙**科技有限公司", "陈**", "刘**", "赵**", "青山市丙**餐饮店"]
    bj_rows = []
    for i in range(10):
        acc = ago(i // 3)
        done = acc if i % 4 else None
        bj_rows.append(
            f"<tr><td>QS{acc.strftime('%Y%m%d')}{1000 + i:05d}</td><td>{bj_items[i % 8]}</td><td>{bj_names[i]}</td>"
            f"<td>{acc.isoformat()}</td><td>{done.isoformat() if done else ''}</td><td>{'已办结' if done else '办理中'}</td></tr>"
        )
    bj = '<table class="tb"><tr><th>申办编号</th><th>事项名称</th><th>申请人</th><th>受理日期</th><th>办结日期</th><th>状态</th></tr>' + "".join(bj_rows) + "</table>"
    svc_groups = {
        "个人办事": ["生育登记", "户口迁移", "居民身份证", "社保卡办理", "医保报销", "公积金提取", "不动产登记", "婚姻登记", "出入境证件", "机动车驾驶证", "退休审批", "残疾人证"],
        "法人办事": ["企业开办", "食品经营许可", "施工许可", "税务登记", "印章刻制", "银行开户", "工程规划许可", "消防验收", "环评审批", "排污许可", "药品经营许可", "道路运输许可"],
        "主题服务": ["我要开饭店", "我要开超市", "我要开药店", "新生儿出生一件事", "退休一件事", "二手房转移登记一件事", "企业注销一件事", "身后一件事"],
    }
    svc = "".join(
        f'<div class="svc-group box"><div class="hd"><h3>{g}</h3><a class="more" href="/{"grbs" if g == "个人办事" else "frbs" if g == "法人办事" else "ztfw"}/">全部事项</a></div><ul class="service clearfix">'
        + "".join(f'<li><a href="https://zwfw.sheng.gov.cn/qs/item?id={sum(map(ord, x)) % 100000}" target="_blank"><img src="/images/svc.png" alt="">{x}</a></li>' for x in items)
        + "</ul></div>"
        for g, items in svc_groups.items()
    )
    stats = f"""<div class="w1200 box"><div class="hd"><h3>数据统计</h3></div>
<p>今日受理：<b>1,236</b> 件　今日办结：<b>1,108</b> 件　本月受理：<b>28,455</b> 件　累计办件：<b>3,915,207</b> 件　满意率：<b>99.97%</b></p>
<p>统计时间：{NOW.isoformat()} 16:30</p></div>"""
    home = f"""{head("青山市政务服务中心", cs, "政务服务,一网通办,办事指南,好差评")}
<body>
{top}
{header("青山市政务服务中心", "logo_zwfw.png")}
{menu}
<div class="w1200 box search-big"><form action="https://zwfw.sheng.gov.cn/qs/search"><input class="txt" name="q" placeholder="请输入您要办理的事项"><input class="btn" type="submit" value="搜索"></form></div>
{svc}
<div class="w1200 clearfix">
  <div style="float:left;width:590px">{box("中心动态", "/zxdt/", ul([(x, y, fmt_iso(z)) for x, y, z in dt[:7]]))}</div>
  <div style="float:right;width:590px">{box("通知公告", "/tzgg/", ul([(x, y, fmt_iso(z)) for x, y, z in tz[:7]]))}</div>
</div>
<div class="w1200">{box("办件公示", "/bjgs/", bj)}</div>
{stats}
<div class="w1200 box"><div class="hd"><h3>服务热线</h3></div><p>12345政务服务便民热线　<a href="https://12345.qingshan.gov.cn/">网上诉求</a>　<a href="/hcp/">好差评</a></p></div>
{friend_links()}
{foot}
{JQ_TABS}
{TONGJI}
</body></html>"""
    s.pages["/"] = home
    sibl = [("中心动态", "/zxdt/"), ("通知公告", "/tzgg/"), ("办件公示", "/bjgs/")]
    tail = (foot, menu, top, "logo_zwfw.png")
    s.pages["/zxdt/"] = column_page("青山市政务服务中心", cs, ["中心动态"], sibl, "中心动态", ul([(x, y, fmt_iso(z)) for x, y, z in dt]) + pager(9, 172, "plain"), *tail)
    s.pages["/tzgg/"] = column_page("青山市政务服务中心", cs, ["通知公告"], sibl, "通知公告", ul([(x, y, fmt_iso(z)) for x, y, z in tz]) + pager(4, 66, "plain"), *tail)
    s.pages["/bjgs/"] = column_page("青山市政务服务中心", cs, ["办件公示"], sibl, "办件公示", bj + pager(20, 99999, "plain"), *tail)
    s.truth = Truth(
        status="healthy", passed=True, must=fs(),
        must_not=ALWAYS_NOT | fs("homepage_stale", "column_stale", "column_empty", "abandoned", "unanswered_messages", "undated"),
        columns=(
            Col("中心动态", ("news",), ago(2)),
            Col("通知公告", ("notice",), ago(9)),
            Col("办件公示", ("other", "notice"), ago(0)),
        ),
        last_updated=ago(0),
        home_status="healthy", home_passed=True, home_must=fs(),
        home_must_not=ALWAYS_NOT | fs("homepage_stale", "abandoned", "undated"), home_newest=ago(0),
    )
    s.page_truth = {"/zxdt/": (ago(2), False)}
    return s


# ======================================================================
# 10. 青山市地方志编纂中心（市档案馆）: an old ASP site, a genuine zombie:
#     nothing since June 2024, yet a server-side clock, a copyright year of
#     today, and a 征集期至2027年 title
# ======================================================================


def _dfz() -> Site:
    s = Site("dfz.qingshan.test", "青山市地方志编纂中心", "gb18030", True)
    cs = "gb2312"
    last = date(2024, 6, 18)

    def asp(n: int) -> str:
        return f"/ShowArticle.asp?ArticleID={n}"

    news = [
        ("市地方志编纂中心召开《青山市志（1991-2020）》编纂工作推进会", last),
        ("我中心开展“方志进校园”活动", date(2024, 5, 28)),
        ("《青山年鉴（2023）》荣获全省年鉴编校质量一等奖", date(2024, 5, 9)),
        ("市档案馆举办“档案见证青山发展”主题展览", date(2024, 4, 22)),
        ("市地方志编纂中心赴白鹭县调研镇村志编纂工作", date(2024, 3, 30)),
        ("全市地方志工作会议召开", date(2024, 3, 12)),
        ("市档案馆开展“国际档案日”宣传活动", date(2023, 6, 9)),
        ("市地方志编纂中心党支部开展主题党日活动", date(2023, 5, 17)),
    ]
    notices = [
        ("关于征集青山市地方志资料的公告（征集期至2027年12月31日）", date(2024, 5, 10)),
        ("关于开展2024年度档案工作年度检查的通知", date(2024, 4, 1)),
        ("关于征集《青山年鉴（2024）》供稿的通知", date(2024, 2, 26)),
        ("关于市档案馆查档接待时间调整的公告", date(2023, 12, 20)),
        ("关于开展第二轮修志验收工作的通知", date(2023, 9, 8)),
    ]
    dqzl = [
        ("青山概况", date(2023, 8, 1)),
        ("青山历史沿革", date(2023, 7, 12)),
        ("青山名人录", date(2022, 11, 30)),
        ("青山非物质文化遗产名录", date(2022, 10, 8)),
    ]
    nj = [
        ("《青山年鉴（2023）》出版发行", date(2024, 3, 15)),
        ("《青山年鉴（2022）》电子版", date(2023, 4, 6)),
        ("《青山年鉴（2021）》电子版", date(2022, 5, 19)),
    ]

    def tbl(rows: list[tuple[str, date]], base: int) -> str:
        return '<table width="100%" border="0" cellspacing="0" cellpadding="0">' + "".join(
            f'<tr><td width="12"><img src="images/arrow.gif"></td><td height="26"><a href="{asp(base + i)}" target="_blank">{t}</a></td>'
            f'<td width="90" align="right"><font color="#999999">{d.year}-{d.month}-{d.day}</font></td></tr>'
            for i, (t, d) in enumerate(rows)
        ) + "</table>"

    def oldbox(title: str, more: str, inner: str) -> str:
        return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="k1">
<tr><td height="32" background="images/bt_bg.gif"><span class="bt">{title}</span></td><td align="right" background="images/bt_bg.gif"><a href="{more}">更多&gt;&gt;</a></td></tr>
<tr><td colspan="2" valign="top" style="padding:6px">{inner}</td></tr></table>"""

    old_css = "body{margin:0;font-size:12px;background:#f3efe4}td{font-size:12px}.bt{font-size:14px;font-weight:bold;color:#8b2500;padding-left:18px}a{color:#333;text-decoration:none}.k1{border:1px solid #d8ccb0;margin-bottom:8px;background:#fff}"
    menu_td = "".join(
        f'<td align="center"><a href="{h}" class="nav">{n}</a></td>'
        for n, h in [("网站首页", "/"), ("机构概况", "/Class.asp?ClassID=1"), ("方志动态", "/Class.asp?ClassID=2"), ("通知公告", "/Class.asp?ClassID=3"), ("地情资料", "/Class.asp?ClassID=4"), ("年鉴编纂", "/Class.asp?ClassID=5"), ("档案查询", "/Class.asp?ClassID=6"), ("在线留言", "/GuestBook.asp")]
    )

    def page(title: str, body: str) -> str:
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<title>{title}</title>
<meta name="keywords" content="青山地方志,青山年鉴,青山档案馆,地情资料">
<style>{old_css}</style>
<script language="JavaScript" src="/js/menu.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" bgcolor="#8b2500"><font color="#FFFFFF">　今天是：{NOW.year}年{NOW.month}月{NOW.day}日 星期{WEEK[NOW.weekday()]}</font></td>
<td bgcolor="#8b2500" align="right"><a href="javascript:window.external.AddFavorite('http://dfz.qingshan.test','青山地方志')"><font color="#FFFFFF">加入收藏</font></a>　<a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://dfz.qingshan.test');"><font color="#FFFFFF">设为首页</font></a>　</td></tr>
<tr><td colspan="2"><img src="/images/top.jpg" width="1000" height="160" alt="青山市地方志编纂中心"></td></tr>
<tr><td colspan="2" height="36" background="/images/nav_bg.gif"><table width="100%"><tr>{menu_td}</tr></table></td></tr>
</table>
{body}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#8b2500">
<tr><td height="80" align="center"><font color="#FFFFFF">Copyright &copy; 2009-{NOW.year} 青山市地方志编纂中心（青山市档案馆） All Rights Reserved<br>
地址：青山市文化路12号　电话：0791-86663322　<a href="https://beian.miit.gov.cn/"><font color="#FFFFFF">赣ICP备09012345号</font></a><br>
您是本站第 <font color="#FFFF00">1,028,736</font> 位访客　技术支持：青山网络科技有限公司</font></td></tr></table>
</body>
</html>"""

    left = oldbox("档案查询", "/Class.asp?ClassID=6", '<p><a href="/Search.asp">馆藏档案目录查询</a></p><p><a href="/Class.asp?ClassID=7">查档须知</a></p><p><a href="/Class.asp?ClassID=8">开放档案目录</a></p><p>查档电话：0791-86663322</p>')
    left += oldbox("友情链接", "#", '<p><a href="http://www.difangzhi.cn/">中国地方志</a></p><p><a href="http://www.saac.gov.cn/">国家档案局</a></p><p><a href="http://www.qingshan.gov.cn/">青山市人民政府</a></p>')
    body = f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="8" bgcolor="#FFFFFF">
<tr><td width="250" valign="top">{left}</td>
<td valign="top">
<table width="100%"><tr><td width="50%" valign="top">{oldbox("方志动态", "/Class.asp?ClassID=2", tbl(news, 900))}</td>
<td valign="top">{oldbox("通知公告", "/Class.asp?ClassID=3", tbl(notices, 950))}</td></tr>
<tr><td valign="top">{oldbox("地情资料", "/Class.asp?ClassID=4", tbl(dqzl, 980))}</td>
<td valign="top">{oldbox("年鉴编纂", "/Class.asp?ClassID=5", tbl(nj, 990))}</td></tr></table>
</td></tr></table>"""
    s.pages["/"] = page("青山市地方志编纂中心（青山市档案馆）", body)

    def classpage(name: str, rows: list[tuple[str, date]], base: int) -> str:
        inner = tbl(rows, base) + '<div align="center" style="padding:10px">共1页 首页 上一页 下一页 尾页 页次：1/1页 共' + str(len(rows)) + "篇文章</div>"
        return page(f"{name}_青山市地方志编纂中心", f'<table width="1000" align="center" bgcolor="#FFFFFF"><tr><td width="250" valign="top">{left}</td><td valign="top">当前位置：<a href="/">首页</a> &gt;&gt; {name}{oldbox(name, "#", inner)}</td></tr></table>')

    s.pages["/Class.asp?ClassID=2"] = classpage("方志动态", news, 900)
    s.pages["/Class.asp?ClassID=3"] = classpage("通知公告", notices, 950)
    s.pages["/Class.asp?ClassID=4"] = classpage("地情资料", dqzl, 980)
    s.pages["/Class.asp?ClassID=5"] = classpage("年鉴编纂", nj, 990)
    s.truth = Truth(
        status="zombie", passed=False, must=fs("abandoned", "homepage_stale", "column_stale"),
        must_not=ALWAYS_NOT | fs("column_empty", "unanswered_messages", "undated"),
        columns=(
            Col("方志动态", ("news",), last),
            Col("通知公告", ("notice",), date(2024, 5, 10)),
            Col("地情资料", ("other",), date(2023, 8, 1)),
            Col("年鉴编纂", ("other", "news"), date(2024, 3, 15)),
        ),
        last_updated=last,
        home_status="zombie", home_passed=False, home_must=fs("abandoned", "homepage_stale"),
        home_must_not=ALWAYS_NOT | fs("undated"), home_newest=last,
    )
    s.page_truth = {"/Class.asp?ClassID=3": (date(2024, 5, 10), False)}
    return s


def build() -> dict[str, Site]:
    sites = [_jyj(), _wjw(), _scjgj(), _tjj(), _rsj(), _sthjj(), _gaj(), _zjj(), _zwfw(), _dfz()]
    return {s.host: s for s in sites}


SITES = build()


def encoded(site: Site, path: str) -> bytes:
    return site.pages[path].encode(site.charset)
