"""Blind round 2: eight Chinese government sites written from memory of real ones
(2024-2026), with their truth written before any scan was run.

Kinds round 1 did not cover: a 公安局 with a 局长信箱, a 教育局 (招生考试, 教师招聘),
a 卫健委 (hijacked), a 开发区管委会 (招商引资, 项目建设; abandoned), a 街道办事处,
a 市场监管局 with a 政府信息公开 catalogue, a Taiwan 縣政府 with ROC dates, and a
Vue-built site whose more links are `javascript:void(0)` with onclick navigation.

Each site is `path -> page`; dates are days before NOW (a fixed clock). TRUTH says, per
depth ("full", "home"), the status, whether the site passes, and the findings (code ->
count) that must appear; `absent` lists codes that must not appear.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
TODAY = NOW.date()


def day(age: int) -> date:
    return TODAY - timedelta(days=age)


def iso(age: int) -> str:
    return day(age).isoformat()


def slash(age: int) -> str:
    return day(age).strftime("%Y/%m/%d")


def cn(age: int) -> str:
    d = day(age)
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def md(age: int) -> str:
    return day(age).strftime("%m-%d")


def roc_dot(age: int) -> str:
    d = day(age)
    return f"{d.year - 1911}.{d.month:02d}.{d.day:02d}"


def roc_cn(age: int) -> str:
    d = day(age)
    return f"{d.year - 1911}年{d.month}月{d.day}日"


def art(prefix: str, age: int, n: int) -> str:
    """A gov.cn style article URL, dated."""
    d = day(age)
    return f"/{prefix}/{d:%Y%m}/t{d:%Y%m%d}_{7_340_000 + n * 37 + age}.html"


# --- shared chrome -----------------------------------------------------------------

CSS = """<style type="text/css">
*{margin:0;padding:0}body{font:14px/1.8 "Microsoft YaHei",simsun,arial;color:#333;background:#f4f6f9}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}.w1200{width:1200px;margin:0 auto}
.header{height:160px;background:url(/images/banner.jpg) no-repeat center}.logo{float:left;padding-top:30px}
.nav{height:52px;background:#1d5ba8}.nav li{float:left;width:133px;text-align:center;position:relative}
.nav li a{color:#fff;font-size:18px;line-height:52px;display:block}.nav li .sub{display:none;position:absolute}
.nav li:hover .sub{display:block}.news-box{float:left;width:590px;margin:20px 10px 0 0;background:#fff}
.news-box .tit{height:42px;border-bottom:2px solid #1d5ba8}.news-box .tit h3{float:left;font-size:18px}
.news-box .tit .more{float:right;color:#999;font-size:13px}.news-box li{height:36px;line-height:36px;overflow:hidden}
.news-box li span{float:right;color:#999}.footer{background:#1d5ba8;color:#fff;padding:20px 0;margin-top:30px}
.footer a{color:#fff}.swiper-container{width:600px;height:380px;overflow:hidden;position:relative}
.piao{position:absolute;z-index:9999;width:260px}.piao .close{position:absolute;right:0;top:0;cursor:pointer}
.tab-hd li{float:left;padding:0 20px;cursor:pointer}.tab-hd li.on{background:#1d5ba8;color:#fff}
.tab-bd .panel{display:none}.tab-bd .panel.on{display:block}.card{float:left;width:280px;margin:0 10px}
.card img{width:280px;height:180px}.card p{height:48px;overflow:hidden}.sidebar{float:left;width:260px}
.main{float:right;width:910px;background:#fff;padding:20px}.list li{border-bottom:1px dashed #ddd;height:42px}
.page{text-align:center;padding:20px 0}.page a{border:1px solid #ddd;padding:4px 10px;margin:0 3px}
.breadcrumb{height:40px;line-height:40px;color:#666}.xxgk-tree li{padding-left:18px}
</style>"""

SCRIPTS = """<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/js/jquery.SuperSlide.2.1.3.js"></script>
<script type="text/javascript">
$(function(){
  jQuery(".slideBox").slide({mainCell:".bd ul",effect:"leftLoop",autoPlay:true,interTime:4000});
  $(".tab-hd li").hover(function(){var i=$(this).index();$(this).addClass("on").siblings().removeClass("on");
    $(this).parents(".tab").find(".tab-bd .panel").eq(i).addClass("on").siblings().removeClass("on");});
  $(".nav li").hover(function(){$(this).find(".sub").stop().slideDown(200)},function(){$(this).find(".sub").stop().slideUp(200)});
});
function setFontSize(s){document.getElementById("zoom").style.fontSize=s+"px";}
</script>
<script type="text/javascript">var _hmt=_hmt||[];(function(){var hm=document.createElement("script");
hm.src="https://hm.baidu.com/hm.js?3f9c0a1b2d4e5f60718293a4b5c6d7e8";var s=document.getElementsByTagName("script")[0];
s.parentNode.insertBefore(hm,s);})();</script>
<script id="_jiucuo_" sitecode="3301000012" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>"""

SERVICE_ITEMS = [
    "个人办事", "法人办事", "部门服务", "主题服务", "便民服务", "一件事一次办", "好差评", "证照查询",
    "办件查询", "预约办理", "网上申报", "表格下载", "政务地图", "跨省通办", "掌上办", "投诉建议",
]

PROVINCE_LINKS = [
    ("中国政府网", "https://www.gov.cn/"), ("国务院部门网站", "https://www.gov.cn/bumenfuwu/"),
    ("省人民政府", "/link/sheng.html"), ("省发展和改革委员会", "/link/fgw.html"),
    ("省教育厅", "/link/jyt.html"), ("省公安厅", "/link/gat.html"), ("省民政厅", "/link/mzt.html"),
    ("省财政厅", "/link/czt.html"), ("省人力资源和社会保障厅", "/link/rst.html"),
    ("省自然资源厅", "/link/zrzyt.html"), ("省生态环境厅", "/link/sthjt.html"),
    ("省住房和城乡建设厅", "/link/zjt.html"), ("省交通运输厅", "/link/jtt.html"),
    ("省水利厅", "/link/slt.html"), ("省农业农村厅", "/link/nynct.html"), ("省商务厅", "/link/swt.html"),
    ("省文化和旅游厅", "/link/wht.html"), ("省卫生健康委员会", "/link/wjw.html"),
    ("省应急管理厅", "/link/yjt.html"), ("省审计厅", "/link/sjt.html"),
    ("省市场监督管理局", "/link/scjgj.html"), ("省统计局", "/link/tjj.html"),
]


def nav(items: Sequence[tuple[str, str, Sequence[tuple[str, str]]]]) -> str:
    out = ['<div class="nav"><div class="w1200"><ul>']
    for text, href, subs in items:
        sub = "".join(f'<a href="{h}">{t}</a>' for t, h in subs)
        out.append(f'<li><a href="{href}">{text}</a><div class="sub">{sub}</div></li>')
    out.append("</ul></div></div>")
    return "".join(out)


def links_select(title: str) -> str:
    opts = "".join(f'<option value="{h}">{t}</option>' for t, h in PROVINCE_LINKS)
    return (
        f'<div class="yqlj"><span>{title}：</span><select onchange="window.open(this.value)">'
        f'<option>---{title}---</option>{opts}</select>'
        '<select onchange="window.open(this.value)"><option>---区县政府网站---</option>'
        + "".join(f'<option value="/link/qx{i}.html">{n}区人民政府</option>'
                  for i, n in enumerate(["上城", "拱墅", "西湖", "滨江", "萧山", "余杭", "临平", "钱塘", "富阳"]))
        + "</select></div>"
    )


def service_block() -> str:
    lis = "".join(
        f'<li><a href="/bsfw/{i}/" target="_blank"><img src="/images/ico_fw{i}.png" alt="{t}">'
        f"<span>{t}</span></a></li>" for i, t in enumerate(SERVICE_ITEMS)
    )
    return f'<div class="bsfw w1200"><div class="tit"><h3>政务服务</h3></div><ul>{lis}</ul></div>'


def footer(org: str, icp: str, code: str, extra: str = "") -> str:
    return f"""<div class="footer"><div class="w1200">
<div class="fl"><a href="https://bszs.conac.cn/sitename?method=show&id=5A8E2C3D4F"><img src="/images/dzjg.png" alt="党政机关"></a></div>
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/yssm/">隐私声明</a> | <a href="/wzjc/">网站纠错</a></p>
<p>主办单位：{org}　　地址：人民大道{len(org) * 11}号　　邮编：310000</p>
<p>网站标识码：{code}　　<a href="https://beian.miit.gov.cn/">{icp}</a>　　<img src="/images/ga.png"><a href="http://www.beian.gov.cn/">浙公网安备 33010202000{len(org)}号</a></p>
<p>版权所有 © 2014-2026 {org}　建议使用1366×768分辨率 IE10以上版本浏览器</p>
<div class="fr"><script id="_jiucuo_" sitecode="{code}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
{extra}</div></div>"""


ZT_TOPICS = [
    "学习贯彻党的二十届四中全会精神", "优化营商环境", "安全生产月", "扫黑除恶常态化", "乡村振兴", "法治政府建设",
    "民生实事", "政务公开", "数字政府建设", "文明城市创建", "生态文明建设", "清廉建设", "平安建设", "共同富裕示范区",
]
SITEMAP = [
    ("政务公开", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "重点领域信息公开",
               "财政预决算", "建议提案办理", "政府采购", "行政执法公示", "双随机一公开", "权责清单"]),
    ("政务服务", ["个人服务", "法人服务", "办事指南", "表格下载", "办件公示", "收费标准", "服务承诺", "好差评", "证明事项清单",
               "一件事集成服务", "跨省通办", "电子证照"]),
    ("互动交流", ["领导信箱", "咨询投诉", "网上调查", "意见征集", "在线访谈", "常见问题", "12345热线", "留言选登",
               "新闻发布会", "民意征集结果反馈"]),
    ("走进本地", ["历史沿革", "行政区划", "自然地理", "人口民族", "经济发展", "旅游景点", "特产美食", "交通指南",
               "城市名片", "统计年鉴"]),
]


def bulk() -> str:
    """What real homepages carry besides their lists: topic banners, a mobile copy of
    the menu, a site map in the footer, the accessibility toolbar's config."""
    zt = "".join(
        f'<li><a href="/ztzl/zt{i:02d}/" target="_blank"><img src="/images/zt/zt{i:02d}.jpg" alt="{t}" title="{t}"></a></li>'
        for i, t in enumerate(ZT_TOPICS)
    )
    mobile = "".join(
        f'<li><a href="/m/{i}/">{t}</a></li>' for i, t in enumerate(["首页", "要闻动态", "通知公告", "政务公开", "政务服务", "互动交流"])
    )
    smap = "".join(
        f'<dl><dt>{h}</dt>' + "".join(f'<dd><a href="/wzdt/{j}/{k}.html">{t}</a></dd>' for k, t in enumerate(items)) + "</dl>"
        for j, (h, items) in enumerate(SITEMAP)
    )
    cfg = ",".join(f'"{k}{i}":{{"on":true,"lv":{i % 5},"txt":"适老化模式{i}"}}' for i, k in enumerate(["font", "cursor", "line", "read", "zoom"] * 40))
    return f"""<div class="w1200 ztzl"><div class="tit"><h3>专题专栏</h3></div><div class="slideTxtBox"><div class="bd"><ul class="pic">{zt}</ul></div>
<a class="prev" href="javascript:void(0)">&lt;</a><a class="next" href="javascript:void(0)">&gt;</a></div></div>
<div class="mobile-menu" style="display:none"><ul>{mobile}</ul></div>
<div class="sitemap w1200">{smap}</div>
<script type="text/javascript">window.ACCESS_CFG={{{cfg}}};</script>
<script type="text/javascript">(function(){{var d=new Date();var w=["日","一","二","三","四","五","六"];
var el=document.getElementById("nowdate");if(el)el.innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()];}})();</script>"""


def page(title: str, body: str, head_extra: str = "", keywords: str = "", description: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<meta name="keywords" content="{keywords or title}"><meta name="description" content="{description or title}">
<meta name="SiteName" content="{title}"><meta name="SiteDomain" content="www.example.gov.cn"><meta name="SiteIDCode" content="3301000012">
<link rel="stylesheet" href="/css/common.css"><link rel="stylesheet" href="/css/index.css">
{CSS}
{head_extra}
</head>
<body>
<div class="topbar"><div class="w1200"><span id="nowdate"></span>
<a href="javascript:void(0)" onclick="toBig5()">繁体版</a> | <a href="/wza/">无障碍</a> | <a href="/m/">手机版</a> | <a href="/en/">English</a>
<a href="/zhuce/">注册</a> <a href="/login/">登录</a></div></div>
{body}
{"" if "breadcrumb" in body or "page-list" in body else bulk()}
{SCRIPTS}
</body></html>"""


def sub_page(title: str, column: str, sidebar: Sequence[tuple[str, str]], main: str) -> str:
    """A column list page: breadcrumb, left menu of sibling columns, the list, pager."""
    side = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in sidebar)
    body = f"""<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="{title}"></a></div></div>
<div class="w1200"><div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="#">{column}</a></div>
<div class="sidebar"><div class="side-tit"><h2>{column}</h2></div><ul class="side-menu">{side}</ul></div>
<div class="main"><div class="main-tit"><h3>{column}</h3></div>
{main}
</div></div>
{footer(title, "浙ICP备05012345号-1", "3301000012")}"""
    return page(f"{column}_{title}", body)


def pager(pages: int = 8) -> str:
    nums = "".join(f'<a href="index_{i}.html">{i + 1}</a>' for i in range(1, min(pages, 6)))
    return (
        f'<div class="page"><span>共{pages * 20}条 {pages}页</span><a href="index.html">首页</a>'
        f'<a href="javascript:void(0)">上一页</a><span class="current">1</span>{nums}'
        f'<a href="index_1.html">下一页</a><a href="index_{pages - 1}.html">尾页</a></div>'
    )


def ul_list(items: Sequence[tuple[str, str, str]]) -> str:
    lis = "".join(
        f'<li><a href="{h}" title="{t}" target="_blank">{t}</a><span>{d}</span></li>' for t, h, d in items
    )
    return f'<ul class="list">{lis}</ul>'


def table_list(items: Sequence[tuple[str, str, str]], doc_no: bool = False) -> str:
    head = "<tr><th>序号</th><th>标题</th>" + ("<th>文号</th>" if doc_no else "") + "<th>发布日期</th></tr>"
    rows = "".join(
        f'<tr><td>{i + 1}</td><td class="tl"><a href="{h}" target="_blank">{t}</a></td>'
        + (f"<td>杭市监〔2026〕{40 - i}号</td>" if doc_no else "")
        + f"<td>{d}</td></tr>"
        for i, (t, h, d) in enumerate(items)
    )
    return f'<table class="xxgk-list" width="100%" cellspacing="0">{head}{rows}</table>'


def titles(pool: Sequence[str], n: int, start: int = 0) -> list[str]:
    return [pool[(start + i) % len(pool)] for i in range(n)]


def series(first: int, n: int, step: int = 6) -> list[int]:
    return [first + i * step for i in range(n)]


def entries(
    pool: Sequence[str], ages: Sequence[int], prefix: str, fmt: Callable[[int], str] = iso, start: int = 0
) -> list[tuple[str, str, str]]:
    return [(t, art(prefix, a, i), fmt(a)) for i, (t, a) in enumerate(zip(titles(pool, len(ages), start), ages, strict=True))]


# --- A: 公安局 — fresh, but the 局长信箱 holds old unanswered letters ---------------------

GA_NEWS = [
    "市公安局召开全市公安机关冬季治安防控工作部署会", "我市警方破获一起特大跨境电信网络诈骗案",
    "市公安局开展“110宣传日”主题活动", "全市公安交管部门开展冬季道路交通安全集中整治",
    "市公安局举行新警入职宣誓仪式", "市公安局党委理论学习中心组专题学习会召开",
    "警民携手共筑平安 社区民警走访辖区重点单位", "市公安局出入境管理支队推出便民服务新举措",
    "我市警方成功侦破一起系列入室盗窃案", "市公安局召开“百日行动”总结表彰大会",
]
GA_NOTICE = [
    "关于开展2026年度机动车驾驶人审验教育工作的通告", "关于调整部分路段交通管理措施的通告",
    "关于公开征集违法犯罪线索的通告", "市公安局关于2026年公开招聘警务辅助人员的公告",
    "关于烟花爆竹燃放管理的通告", "关于开展居住证集中办理工作的通知",
]
GA_ALERT = [
    "警惕！“刷单返利”诈骗又出新花样", "冬季取暖防范一氧化碳中毒提示", "网购退款诈骗案例警示",
    "警方提示：谨防冒充客服类诈骗", "雨雪天气出行安全提示", "反诈宣传进校园 守护学生钱袋子",
]
GA_CASE = [
    "2026年11月全市警情通报", "上周全市道路交通事故情况通报", "关于近期多发盗窃电动车案件的警情通报",
    "全市“两抢一盗”警情分析通报", "国庆期间全市社会治安情况通报",
]

LETTERS_HOME = [
    ("小区门口夜间违停严重，请求加强管理", 3, "已回复"),
    ("户籍迁移需要准备哪些材料？", 6, "已回复"),
    ("反映某路段红绿灯时长设置不合理", 9, "已回复"),
    ("身份证异地补领能否加急办理", 15, "已回复"),
    ("网吧接纳未成年人问题举报", 22, "已回复"),
]
LETTERS_OLD_OPEN = [
    ("举报某KTV长期扰民问题", 104, "未回复"),
    ("反映电动车被盗后立案进展缓慢", 131, "待处理"),
]


def letters_table(rows: Sequence[tuple[str, int, str]]) -> str:
    out = ['<table class="xx-list" width="100%"><tr><th>编号</th><th>信件主题</th><th>来信时间</th>'
           "<th>办理状态</th><th>回复时间</th></tr>"]
    for i, (t, a, state) in enumerate(rows):
        reply = iso(max(a - 2, 0)) if state == "已回复" else "--"
        out.append(
            f'<tr><td>JZXX2026{1100 - i:04d}</td><td><a href="/jzxx/detail.html?id={8800 - i}">{t}</a></td>'
            f"<td>{iso(a)}</td><td>{state}</td><td>{reply}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def ga_site() -> dict[str, str]:
    org = "某市公安局"
    navs = [
        ("首页", "/", []), ("警务动态", "/jwdt/", [("警务动态", "/jwdt/"), ("警情通报", "/jqtb/")]),
        ("通知公告", "/tzgg/", []), ("办事服务", "/bsfw/", [("户政业务", "/bsfw/hz/"), ("出入境", "/bsfw/crj/"), ("交管业务", "/bsfw/jg/"), ("治安业务", "/bsfw/za/")]),
        ("警方提示", "/jfts/", []), ("政务公开", "/zwgk/", [("机构概况", "/zwgk/jggk/"), ("政策法规", "/zwgk/zcfg/")]),
        ("互动交流", "/hdjl/", [("局长信箱", "/jzxx/"), ("在线咨询", "/zxzx/"), ("民意征集", "/myzj/")]),
    ]
    news = entries(GA_NEWS, [1, 2, 4, 5, 7, 9, 11, 12], "jwdt")
    notice = entries(GA_NOTICE, [3, 10, 24, 40, 65, 90], "tzgg")
    alerts = entries(GA_ALERT, [2, 8, 13, 19, 27, 33], "jfts")
    cases = entries(GA_CASE, [5, 12, 19, 26, 33], "jqtb", fmt=md)
    carousel = "".join(
        f'<li><a href="{h}"><img src="/images/lb{i}.jpg" alt="{t}"></a><p>{t}</p></li>' for i, (t, h, _) in enumerate(news[:4])
    )
    alerts_cards = "".join(
        f'<div class="card"><a href="{h}"><img src="/uploads/jfts{i}.jpg" alt=""></a><p><a href="{h}">{t}</a></p>'
        f'<span class="date">{d}</span></div>' for i, (t, h, d) in enumerate(alerts[:4])
    )
    marquee = "".join(f'<a href="{h}">【公告】{t}</a>　　' for t, h, _ in notice[:3])
    letters_home = "".join(
        f'<li><a href="/jzxx/detail.html?id={9000 + i}">{t}</a><em class="{ "yhf" if s == "已回复" else "whf"}">{s}</em>'
        f"<span>{iso(a)}</span></li>" for i, (t, a, s) in enumerate(LETTERS_HOME)
    )
    body = f"""<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo_gaj.png" alt="{org}"></a>
<div class="search"><form action="/search/" method="get"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div></div>
{nav(navs)}
<div class="notice-scroll w1200"><span class="tt">最新公告：</span><marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div>
<div class="w1200 clearfix">
<div class="slideBox swiper-container"><div class="bd"><ul>{carousel}</ul></div><div class="hd"><ul><li>1</li><li>2</li><li>3</li><li>4</li></ul></div></div>
<div class="news-box"><div class="tit"><h3><a href="/jwdt/">警务动态</a></h3><a class="more" href="/jwdt/">更多 &gt;&gt;</a></div>
{ul_list(news[:7])}</div>
</div>
<div class="w1200 clearfix">
<div class="news-box"><div class="tit"><h3>通知公告</h3><a class="more" href="/tzgg/">更多 &gt;&gt;</a></div>{ul_list(notice[:6])}</div>
<div class="news-box"><div class="tit"><h3>警情通报</h3><a class="more" href="/jqtb/">更多 &gt;&gt;</a></div>
<ul class="list">{"".join(f'<li><a href="{h}">{t}</a><span>[{d}]</span></li>' for t, h, d in cases)}</ul></div>
</div>
<div class="w1200 clearfix jfts"><div class="tit"><h3>警方提示</h3><a class="more" href="/jfts/">更多</a></div>{alerts_cards}</div>
{service_block()}
<div class="w1200 clearfix">
<div class="news-box hdjl"><div class="tit"><h3>局长信箱</h3><a class="more" href="/jzxx/">更多 &gt;&gt;</a></div>
<ul class="list">{letters_home}</ul><a class="btn" href="/jzxx/write.html">我要写信</a></div>
<div class="news-box"><div class="tit"><h3>便民查询</h3></div><ul class="cx">
<li><a href="/cx/jdc.html">机动车违法查询</a></li><li><a href="/cx/jsz.html">驾驶证记分查询</a></li>
<li><a href="/cx/hz.html">户籍业务办理进度</a></li><li><a href="/cx/crj.html">出入境证件办理进度</a></li>
<li><a href="/cx/ycl.html">移车服务</a></li><li><a href="/cx/swd.html">失物招领</a></li></ul></div>
</div>
{links_select("友情链接")}
<div id="piao" class="piao" style="left:10px;top:300px"><a href="/ztzl/fzxc/"><img src="/images/fanzha.gif" alt="全民反诈"></a><span class="close" onclick="this.parentNode.style.display='none'">关闭</span></div>
<script>var x=50,y=60,xin=true,yin=true,step=1,delay=10;var obj=document.getElementById("piao");
function floatAD(){{var L=T=0;var R=document.documentElement.clientWidth-obj.offsetWidth;var B=document.documentElement.clientHeight-obj.offsetHeight;
obj.style.left=x+document.documentElement.scrollLeft+"px";obj.style.top=y+document.documentElement.scrollTop+"px";
x=x+step*(xin?1:-1);if(x<L){{xin=true;x=L}}if(x>R){{xin=false;x=R}}y=y+step*(yin?1:-1);if(y<T){{yin=true;y=T}}if(y>B){{yin=false;y=B}}}}
var itl=setInterval("floatAD()",delay);obj.onmouseover=function(){{clearInterval(itl)}};obj.onmouseout=function(){{itl=setInterval("floatAD()",delay)}};</script>
{footer(org, "浙ICP备05003210号", "3301000031")}"""
    side = [("警务动态", "/jwdt/"), ("通知公告", "/tzgg/"), ("警情通报", "/jqtb/"), ("警方提示", "/jfts/"), ("局长信箱", "/jzxx/")]
    letters = sorted([*LETTERS_HOME, *LETTERS_OLD_OPEN, ("驾驶证到期换证流程咨询", 48, "已回复"),
                      ("反映学校周边交通拥堵", 75, "已回复"), ("出入境证件邮寄服务咨询", 160, "已回复"),
                      ("举报非法改装车辆", 200, "已回复")], key=lambda r: r[1])
    return {
        "/": page(f"{org}", body),
        "/jwdt/": sub_page(org, "警务动态", side, ul_list(entries(GA_NEWS, series(1, 20, 3), "jwdt")) + pager()),
        "/tzgg/": sub_page(org, "通知公告", side, ul_list(entries(GA_NOTICE, series(3, 18, 15), "tzgg")) + pager()),
        "/jqtb/": sub_page(org, "警情通报", side, ul_list(entries(GA_CASE, series(5, 15, 7), "jqtb")) + pager()),
        "/jfts/": sub_page(org, "警方提示", side, ul_list(entries(GA_ALERT, series(2, 16, 6), "jfts")) + pager()),
        "/jzxx/": sub_page(org, "局长信箱", side, letters_table(letters) + pager(3)),
    }


# --- B: 教育局 — healthy; tabs 教育要闻 | 通知公告 | 招生考试 | 教师招聘 ------------------------

JY_NEWS = [
    "全市中小学课后服务工作推进会召开", "市教育局开展秋季学期开学工作专项督导", "我市3所学校获评省级现代化学校",
    "全市教育系统安全生产工作会议召开", "市教育局召开“双减”工作阶段性总结会", "我市举办第十届中小学生科技节",
    "市教育局领导赴基层学校调研指导工作", "全市中小学心理健康教育工作现场会召开",
]
JY_NOTICE = [
    "关于做好2026年冬季学校安全工作的通知", "关于公布2026年市级优质课评选结果的通知",
    "关于开展中小学教师信息技术应用能力培训的通知", "关于2026年度民办学校年检结果的公示",
    "关于做好冬季学生体质健康监测工作的通知",
]
JY_EXAM = [
    "2027年普通高校招生考试报名工作公告", "2026年下半年中小学教师资格考试（笔试）温馨提示",
    "2026年成人高考录取查询通知", "关于2027年中考体育与健康考试有关事项的通知",
    "2026年下半年自学考试考生须知",
]
JY_HIRE = [
    "2026年市属学校公开招聘教师公告", "2026年市直学校公开招聘教师拟聘用人员公示",
    "2026年公开招聘教师面试成绩及进入体检人员名单", "关于2026年幼儿园教师招聘资格复审的通知",
]
JY_POLICY = [
    "市教育局关于进一步规范中小学办学行为的实施意见", "关于印发《中小学生欺凌防治工作方案》的通知",
    "市教育局关于加强中小学课后服务管理的通知", "关于印发《学前教育发展提升行动计划》的通知",
]


def jy_site() -> dict[str, str]:
    org = "某市教育局"
    navs = [
        ("首页", "/", []), ("教育要闻", "/jyyw/", []), ("通知公告", "/tzgg/", []),
        ("招生考试", "/zsks/", [("普通高考", "/zsks/gk/"), ("中考", "/zsks/zk/"), ("成人教育", "/zsks/cj/")]),
        ("教师招聘", "/jszp/", []), ("政策文件", "/zcwj/", []), ("信息公开", "/xxgk/", []),
        ("互动交流", "/hdjl/", [("局长信箱", "/hdjl/jzxx/"), ("在线访谈", "/hdjl/zxft/")]),
    ]
    news = entries(JY_NEWS, [1, 3, 4, 6, 8, 10, 13], "jyyw")
    notice = entries(JY_NOTICE, [20, 27, 36, 50, 61], "tzgg")
    exam = entries(JY_EXAM, [45, 52, 70, 95, 120], "zsks")
    hire = entries(JY_HIRE, [60, 88, 110, 140], "jszp")
    policy = entries(JY_POLICY, [100, 150, 210, 300], "zcwj", fmt=cn)

    def panel(items: Sequence[tuple[str, str, str]], more: str, on: bool) -> str:
        lis = "".join(f'<li><i></i><a href="{h}" title="{t}">{t}</a><span class="time">{d}</span></li>' for t, h, d in items)
        return f'<div class="panel{" on" if on else ""}"><ul>{lis}</ul><a class="more" href="{more}">查看更多</a></div>'

    tabs = f"""<div class="tab news-tab"><ul class="tab-hd"><li class="on"><a href="/jyyw/">教育要闻</a></li><li><a href="/tzgg/">通知公告</a></li>
<li><a href="/zsks/">招生考试</a></li><li><a href="/jszp/">教师招聘</a></li></ul>
<div class="tab-bd">{panel(news, "/jyyw/", True)}{panel(notice, "/tzgg/", False)}{panel(exam, "/zsks/", False)}{panel(hire, "/jszp/", False)}</div></div>"""
    pic = "".join(
        f'<li><a href="{h}"><img src="/uploads/2026/jy{i}.jpg" alt="{t}"><span class="txt">{t}</span></a></li>'
        for i, (t, h, _) in enumerate(news[:5])
    )
    pol = "".join(f'<dl><dt><a href="{h}">{t}</a></dt><dd>{d}</dd></dl>' for t, h, d in policy)
    schools = "".join(
        f'<li><a href="/xxfc/{i}/">{n}</a></li>' for i, n in enumerate(
            ["市第一中学", "市第二中学", "市实验小学", "外国语学校", "市职业技术学校", "市特殊教育学校", "市实验幼儿园", "市少年宫"])
    )
    body = f"""<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo_jyj.png" alt="{org}"></a>
<form class="search" action="/s/"><input name="q"><input type="submit" value="搜索"></form></div></div>
{nav(navs)}
<div class="w1200 clearfix">
<div class="slideBox focus"><div class="bd"><ul>{pic}</ul></div><div class="hd"><ul></ul></div><a class="prev" href="javascript:void(0)"></a><a class="next" href="javascript:void(0)"></a></div>
{tabs}
</div>
<div class="w1200 banner-zt"><a href="/ztzl/jyqg/"><img src="/images/zt_jyqg.jpg" alt="教育强市建设"></a><a href="/ztzl/sjs/"><img src="/images/zt_sjs.jpg" alt="师德师风建设"></a></div>
<div class="w1200 clearfix">
<div class="news-box zcwj"><div class="tit"><h3>政策文件</h3><a class="more" href="/zcwj/">更多+</a></div>{pol}</div>
<div class="news-box quick"><div class="tit"><h3>便民服务</h3></div><ul>
<li><a href="/cx/xjcx/">学籍查询</a></li><li><a href="/cx/zscx/">教师资格证书查询</a></li><li><a href="/cx/lqcx/">录取结果查询</a></li>
<li><a href="/cx/xxcx/">学校信息查询</a></li><li><a href="/cx/zzcx/">资助政策查询</a></li><li><a href="/cx/bmcx/">报名入口</a></li></ul></div>
</div>
<div class="w1200 xxfc"><div class="tit"><h3>学校风采</h3></div><ul>{schools}</ul></div>
{service_block()}
{links_select("相关链接")}
{footer(org, "浙ICP备05004321号-2", "3301000045")}"""
    side = [("教育要闻", "/jyyw/"), ("通知公告", "/tzgg/"), ("招生考试", "/zsks/"), ("教师招聘", "/jszp/"), ("政策文件", "/zcwj/")]
    return {
        "/": page(org, body),
        "/jyyw/": sub_page(org, "教育要闻", side, ul_list(entries(JY_NEWS, series(1, 20, 3), "jyyw")) + pager()),
        "/tzgg/": sub_page(org, "通知公告", side, ul_list(entries(JY_NOTICE, series(20, 20, 8), "tzgg")) + pager()),
        "/zsks/": sub_page(org, "招生考试", side, ul_list(entries(JY_EXAM, series(45, 20, 12), "zsks")) + pager()),
        "/jszp/": sub_page(org, "教师招聘", side, ul_list(entries(JY_HIRE, series(60, 16, 25), "jszp")) + pager()),
        "/zcwj/": sub_page(org, "政策文件", side, table_list(entries(JY_POLICY, series(100, 16, 40), "zcwj"), doc_no=True) + pager()),
    }


# --- C: 卫健委 — fresh content, hijacked ----------------------------------------------

WJ_NEWS = [
    "市卫健委召开全市冬春季传染病防控工作会议", "我市启动2026年度基层卫生人才能力提升培训",
    "市卫健委开展医疗机构安全生产大检查", "市人民医院胸痛中心通过国家级认证",
    "全市卫生健康系统行风建设推进会召开", "我市开展“世界糖尿病日”主题宣传活动",
]
WJ_NOTICE = [
    "关于2026年第三批医师执业注册情况的公示", "关于开展2026年度医疗质量安全检查的通知",
    "关于公布2026年度市级临床重点专科名单的通知", "关于做好流感疫苗接种工作的通知",
]
WJ_KP = ["冬季如何预防流感？专家支招", "秋冬季节警惕诺如病毒", "科学健身 远离慢性病", "儿童近视防控小贴士"]

SPAM_LINKS = [
    ("澳门新葡京娱乐场", "http://www.xpj8866.com/"), ("皇冠体育投注", "https://hg0088-vip.cc/"),
    ("百家乐真人平台", "http://bjl-777.top/"), ("太阳城娱乐官网", "http://tyc138.vip/"),
    ("六合彩开奖结果", "http://lhc-kj.xyz/"), ("欧洲杯下注app", "https://ozb-bet.com/"),
    ("成人影院在线", "http://av-tt55.cc/"), ("威尼斯人棋牌", "http://wns-qp.net/"),
    ("开元棋牌下载", "http://ky-qipai.top/"), ("亚博体育app", "https://yabo-88.vip/"),
    ("bet365体育在线", "https://bet365-cn.cc/"), ("永利皇宫娱乐", "http://yl-hg.xyz/"),
]


def wj_site() -> dict[str, str]:
    org = "某市卫生健康委员会"
    stuffed = "澳门新葡京_百家乐在线_皇冠体育官网_真人棋牌-" + org
    navs = [
        ("首页", "/", []), ("卫健要闻", "/wjyw/", []), ("通知公告", "/tzgg/", []), ("健康科普", "/jkkp/", []),
        ("政务公开", "/zwgk/", [("政策文件", "/zwgk/zcwj/"), ("人事信息", "/zwgk/rsxx/")]), ("公众服务", "/gzfw/", []),
    ]
    news = entries(WJ_NEWS, [1, 3, 5, 8, 10, 12], "wjyw")
    notice = entries(WJ_NOTICE, [4, 15, 30, 44], "tzgg")
    kp = entries(WJ_KP, [2, 9, 16, 23], "jkkp")
    dl = "".join(f'<dl><dt><a href="{h}">{t}</a></dt><dd>{d}</dd></dl>' for t, h, d in news)
    hidden = "".join(f'<a href="{h}" target="_blank">{t}</a>' for t, h in SPAM_LINKS)
    body = f"""<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo_wjw.png" alt="{org}"></a></div></div>
{nav(navs)}
<div class="w1200 clearfix">
<div class="news-box"><div class="tit"><h3>卫健要闻</h3><a class="more" href="/wjyw/">更多</a></div><div class="dl-list">{dl}</div></div>
<div class="news-box"><div class="tit"><h3>通知公告</h3><a class="more" href="/tzgg/">更多</a></div>{ul_list(notice)}</div>
</div>
<div class="w1200 clearfix"><div class="news-box"><div class="tit"><h3>健康科普</h3><a class="more" href="/jkkp/">更多</a></div>{ul_list(kp)}</div></div>
{service_block()}
{footer(org, "浙ICP备05007788号", "3301000067")}
<div style="position:absolute;top:-999px;left:-999px;overflow:hidden;height:1px;width:1px">{hidden}</div>
<script type="text/javascript">
var _0x3a=["\\x72\\x65\\x66\\x65\\x72\\x72\\x65\\x72","\\x62\\x61\\x69\\x64\\x75"];
if(document[_0x3a[0]].indexOf(_0x3a[1])>-1||/(baidu|sogou|so\\.com|sm\\.cn)/i.test(document.referrer)){{
  window.location.href="http://www.xpj8866.com/?from=wjw";}}
document.write('<script src="https://cdn-js.xpj8866.com/tj.js"><\\/script>');
</script>"""
    side = [("卫健要闻", "/wjyw/"), ("通知公告", "/tzgg/"), ("健康科普", "/jkkp/")]
    return {
        "/": page(stuffed, body, keywords="澳门新葡京,百家乐,皇冠体育,真人棋牌,六合彩,网上赌场",
                  description="澳门新葡京官方网站提供百家乐、真人娱乐、体育投注"),
        "/wjyw/": sub_page(org, "卫健要闻", side, ul_list(entries(WJ_NEWS, series(1, 20, 3), "wjyw")) + pager()),
        "/tzgg/": sub_page(org, "通知公告", side, ul_list(entries(WJ_NOTICE, series(4, 20, 10), "tzgg")) + pager()),
        "/jkkp/": sub_page(org, "健康科普", side, ul_list(entries(WJ_KP, series(2, 20, 7), "jkkp")) + pager()),
    }


# --- D: 开发区管委会 — abandoned after a merger: a zombie -----------------------------------

KF_NEWS = [
    "开发区召开2025年上半年经济运行分析会", "管委会主要领导带队赴长三角开展招商推介",
    "开发区举行重大项目集中签约仪式", "开发区开展安全生产隐患大排查大整治",
    "管委会召开“营商环境提升年”推进会", "开发区企业服务中心揭牌运行",
]
KF_INVEST = [
    "开发区2025年招商引资项目推介手册", "新能源汽车零部件产业园招商公告", "生物医药产业扶持政策解读",
    "标准厂房招租信息", "2025年重点招商项目清单",
]
KF_PROJECT = [
    "年产10万吨新材料项目主体结构封顶", "智能制造产业园二期开工建设", "开发区污水处理厂提标改造工程完工",
    "科创中心项目进入装修阶段", "集成电路封装测试项目设备安装调试",
]
KF_NOTICE = ["关于2025年度企业研发费用补助资金的公示", "关于开展规上企业统计培训的通知", "关于端午节放假安排的通知"]


def kf_site() -> dict[str, str]:
    org = "某经济技术开发区管理委员会"
    navs = [
        ("首页", "/", []), ("园区概况", "/yqgk/", [("开发区简介", "/yqgk/jj/"), ("领导班子", "/yqgk/ldbz/")]),
        ("园区动态", "/yqdt/", []), ("招商引资", "/zsyz/", [("投资环境", "/zsyz/tzhj/"), ("优惠政策", "/zsyz/yhzc/")]),
        ("项目建设", "/xmjs/", []), ("通知公告", "/tzgg/", []), ("企业服务", "/qyfw/", []),
    ]
    news = entries(KF_NEWS, [480, 490, 505, 520, 540, 560], "yqdt")
    invest = entries(KF_INVEST, [500, 530, 560, 600, 640], "zsyz")
    proj = entries(KF_PROJECT, [470, 495, 515, 545, 590], "xmjs", fmt=cn)
    notice = entries(KF_NOTICE, [475, 520, 540], "tzgg")
    cards = "".join(
        f'<li class="card"><a href="{h}"><img src="/uploads/2025/xm{i}.jpg" alt="{t}"></a>'
        f'<div class="info"><h4><a href="{h}">{t}</a></h4><p class="date">{d}</p></div></li>' for i, (t, h, d) in enumerate(proj[:4])
    )
    zs = "".join(
        f'<li><a href="{h}">{t}</a><span class="date"><b>{day(a).day:02d}</b>{day(a):%Y-%m}</span></li>'
        for (t, h, _), a in zip(invest, [500, 530, 560, 600, 640], strict=True)
    )
    carousel = "".join(f'<div class="swiper-slide"><a href="{h}"><img src="/uploads/2025/lb{i}.jpg"><p>{t}</p></a></div>'
                       for i, (t, h, _) in enumerate(news[:3]))
    body = f"""<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo_kfq.png" alt="{org}"></a></div></div>
{nav(navs)}
<div class="w1200 clearfix">
<div class="swiper-container banner"><div class="swiper-wrapper">{carousel}</div><div class="swiper-pagination"></div></div>
<div class="news-box"><div class="tit"><h3>园区动态</h3><a class="more" href="/yqdt/">MORE+</a></div>{ul_list(news)}</div>
</div>
<div class="w1200 clearfix">
<div class="news-box zsyz"><div class="tit"><h3>招商引资</h3><a class="more" href="/zsyz/">MORE+</a></div><ul class="datelist">{zs}</ul></div>
<div class="news-box"><div class="tit"><h3>通知公告</h3><a class="more" href="/tzgg/">MORE+</a></div>{ul_list(notice)}</div>
</div>
<div class="w1200 xmjs"><div class="tit"><h3>项目建设</h3><a class="more" href="/xmjs/">MORE+</a></div><ul class="cards">{cards}</ul></div>
<div class="w1200 cyjs"><div class="tit"><h3>主导产业</h3></div><ul>
<li><a href="/cy/xny/"><img src="/images/cy1.jpg"><span>新能源汽车</span></a></li><li><a href="/cy/swyy/"><img src="/images/cy2.jpg"><span>生物医药</span></a></li>
<li><a href="/cy/jcdl/"><img src="/images/cy3.jpg"><span>集成电路</span></a></li><li><a href="/cy/znzz/"><img src="/images/cy4.jpg"><span>智能制造</span></a></li></ul></div>
{service_block()}
{links_select("友情链接")}
{footer(org, "浙ICP备12034567号-1", "3301000088")}"""
    side = [("园区动态", "/yqdt/"), ("招商引资", "/zsyz/"), ("项目建设", "/xmjs/"), ("通知公告", "/tzgg/")]
    return {
        "/": page(org, body),
        "/yqdt/": sub_page(org, "园区动态", side, ul_list(entries(KF_NEWS, series(480, 20, 9), "yqdt")) + pager()),
        "/zsyz/": sub_page(org, "招商引资", side, ul_list(entries(KF_INVEST, series(500, 12, 20), "zsyz")) + pager()),
        "/xmjs/": sub_page(org, "项目建设", side, ul_list(entries(KF_PROJECT, series(470, 14, 15), "xmjs", fmt=cn)) + pager()),
        "/tzgg/": sub_page(org, "通知公告", side, ul_list(entries(KF_NOTICE, series(475, 10, 30), "tzgg")) + pager()),
    }


# --- E: 街道办事处 — a table layout; six columns with nothing in them -----------------------

JD_NEWS = [
    "街道召开冬季消防安全工作部署会", "街道开展“敬老月”走访慰问活动", "社区网格员开展入户走访排查",
    "街道党工委理论学习中心组集体学习", "街道组织开展垃圾分类宣传进小区活动",
]
JD_NOTICE = ["关于2026年度城乡居民医保集中参保缴费的通知", "关于开展辖区出租房屋安全检查的通告", "街道办事处2026年公开招聘社区工作者公告"]


def jd_site() -> dict[str, str]:
    org = "某区某某街道办事处"
    news = entries(JD_NEWS, [2, 5, 9, 12, 16], "gzdt")
    notice = entries(JD_NOTICE, [6, 30, 70], "tzgg")

    def box(title: str, href: str, inner: str) -> str:
        return (
            f'<table class="box" width="380" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td class="box-tit" height="36"><span class="t">{title}</span></td>'
            f'<td align="right"><a href="{href}"><img src="/images/more.gif" alt="更多" border="0"></a></td></tr>'
            f'<tr><td colspan="2" class="box-bd" valign="top">{inner}</td></tr></table>'
        )

    def rows(items: Sequence[tuple[str, str, str]]) -> str:
        return '<table width="100%">' + "".join(
            f'<tr><td width="12"><img src="/images/dot.gif"></td><td><a href="{h}">{t}</a></td><td width="90" class="date">{d}</td></tr>'
            for t, h, d in items
        ) + "</table>"

    empties = [
        ("党建工作", "/djgz/", '<table width="100%"><tr><td align="center" class="nodata">暂无数据</td></tr></table>'),
        ("社区风采", "/sqfc/", ""),
        ("政策法规", "/zcfg/", '<div class="empty">暂无内容</div>'),
        ("民生服务", "/msfw/", "<ul></ul>"),
        ("平安建设", "/pajs/", '<p class="tips">没有相关信息</p>'),
        ("文明创建", "/wmcj/", '<div class="nodata">栏目正在建设中，敬请期待！</div>'),
    ]
    grid = [box("工作动态", "/gzdt/", rows(news)), box("通知公告", "/tzgg/", rows(notice))]
    grid += [box(t, h, inner) for t, h, inner in empties]
    table_rows = "".join(f"<tr><td>{grid[i]}</td><td>{grid[i + 1]}</td></tr>" for i in range(0, len(grid), 2))
    intro = ("某某街道位于区境东部，辖区面积12.6平方公里，下辖14个社区，常住人口8.2万人。街道办事处是区人民政府的派出机关，"
             "承担辖区党的建设、经济发展、城市管理、社会治理、公共服务等职能。") * 3
    body = f"""<table width="1000" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td><img src="/images/top.jpg" width="1000" height="150" alt="{org}"></td></tr>
<tr><td class="menu"><a href="/">首页</a> | <a href="/jdgk/">街道概况</a> | <a href="/gzdt/">工作动态</a> | <a href="/tzgg/">通知公告</a> | <a href="/djgz/">党建工作</a> | <a href="/sqfc/">社区风采</a> | <a href="/zcfg/">政策法规</a> | <a href="/msfw/">民生服务</a> | <a href="/pajs/">平安建设</a> | <a href="/wmcj/">文明创建</a></td></tr>
<tr><td><table width="100%"><tr><td width="220" valign="top" class="left">
<div class="jdgk"><h3>街道概况</h3><p>{intro}</p><a href="/jdgk/">详细&gt;&gt;</a></div>
<div class="ldxx"><h3>领导信息</h3><ul><li><a href="/ldxx/1.html">党工委书记</a></li><li><a href="/ldxx/2.html">办事处主任</a></li><li><a href="/ldxx/3.html">党工委副书记</a></li></ul></div>
<div class="sqlb"><h3>社区导航</h3><ul>{"".join(f'<li><a href="/sq/{i}/">{n}社区</a></li>' for i, n in enumerate(["东湖", "西苑", "南山", "北塘", "新桥", "文昌", "和平", "幸福", "康乐", "永安", "长寿", "紫荆", "丰收", "望江"]))}</ul></div>
</td><td valign="top"><table class="grid" width="100%">{table_rows}</table></td></tr></table></td></tr>
<tr><td>{links_select("友情链接")}</td></tr>
<tr><td>{footer(org, "浙ICP备05011111号", "3301020023")}</td></tr></table>"""
    side = [("工作动态", "/gzdt/"), ("通知公告", "/tzgg/")] + [(t, h) for t, h, _ in empties]
    pages = {
        "/": page(org, body),
        "/gzdt/": sub_page(org, "工作动态", side, ul_list(entries(JD_NEWS, series(2, 20, 7), "gzdt")) + pager()),
        "/tzgg/": sub_page(org, "通知公告", side, ul_list(entries(JD_NOTICE, series(6, 12, 25), "tzgg")) + pager()),
    }
    for t, h, inner in empties:
        pages[h] = sub_page(org, t, side, inner or '<ul class="list"></ul>')
    return pages


# --- F: 市场监管局 — a 政府信息公开 catalogue; columns stale by their own limits -------------

SJ_NEWS = [
    "市市场监管局召开冬季食品安全工作部署会", "我局开展电梯安全专项检查", "市市场监管局开展计量惠民活动",
    "全市知识产权保护工作推进会召开", "我局组织开展“双随机、一公开”联合抽查",
]
SJ_CHECK = [
    "2026年第45期食品安全监督抽检信息通告", "2026年第44期食品安全监督抽检信息通告",
    "2026年第43期食品安全监督抽检信息通告", "关于18批次食品不合格情况的通告",
]
SJ_NOTICE = ["关于开展2025年度企业年报工作的通告", "关于注销部分个体工商户的公告", "关于公开征求《市场监管领域轻微违法行为免罚清单》意见的公告"]
SJ_POLICY = ["市市场监管局关于印发《行政处罚裁量基准》的通知", "关于进一步优化市场主体登记服务的实施意见",
             "关于印发《食品生产企业分级监管办法》的通知"]
SJ_PERSONNEL = ["市市场监管局2025年公开遴选公务员拟任职人员公示", "关于某某等同志职务任免的通知"]
SJ_PLAN = ["市市场监督管理局“十四五”市场监管规划", "市市场监管局2025年工作计划"]
SJ_STATS = ["2026年三季度全市市场主体发展情况", "2026年上半年全市市场主体发展情况", "2026年一季度市场主体统计数据"]
SJ_FINANCE = ["市市场监督管理局2026年部门预算", "市市场监督管理局2025年部门决算", "2025年度“三公”经费决算说明"]
SJ_REPORT = ["市市场监督管理局2025年政府信息公开工作年度报告", "市市场监督管理局2024年政府信息公开工作年度报告",
             "市市场监督管理局2023年政府信息公开工作年度报告"]
SJ_ORG = ["市市场监督管理局机构职能", "局领导信息", "内设机构", "直属单位"]

CATALOGUE = [
    ("机构职能", "/xxgk/jgzn/"), ("政策文件", "/xxgk/zcwj/"), ("规划信息", "/xxgk/ghxx/"), ("统计信息", "/xxgk/tjxx/"),
    ("人事信息", "/xxgk/rsxx/"), ("财政信息", "/xxgk/czxx/"), ("政府信息公开年报", "/xxgk/nb/"),
]


def sj_site() -> dict[str, str]:
    org = "某市市场监督管理局"
    navs = [
        ("首页", "/", []), ("监管动态", "/jgdt/", []), ("通知公告", "/tzgg/", []), ("抽检信息", "/cjxx/", []),
        ("政府信息公开", "/xxgk/", [(t, h) for t, h in CATALOGUE]), ("政务服务", "/zwfw/", []), ("互动交流", "/hdjl/", []),
    ]
    news = entries(SJ_NEWS, [20, 26, 33, 41, 50], "jgdt")
    check = entries(SJ_CHECK, [2, 9, 16, 23], "cjxx")
    notice = entries(SJ_NOTICE, [200, 240, 300], "tzgg")
    xxgk_quick = "".join(f'<li><a href="{h}"><img src="/images/xxgk_{i}.png"><span>{t}</span></a></li>' for i, (t, h) in enumerate(CATALOGUE))
    body = f"""<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo_scjg.png" alt="{org}"></a></div></div>
{nav(navs)}
<div class="w1200 clearfix">
<div class="news-box"><div class="tit"><h3>监管动态</h3><a class="more" href="/jgdt/">更多&gt;</a></div>{ul_list(news)}</div>
<div class="news-box"><div class="tit"><h3>抽检信息</h3><a class="more" href="/cjxx/">更多&gt;</a></div>{ul_list(check)}</div>
</div>
<div class="w1200 clearfix">
<div class="news-box"><div class="tit"><h3>通知公告</h3><a class="more" href="/tzgg/">更多&gt;</a></div>{ul_list(notice)}</div>
<div class="news-box xxgk"><div class="tit"><h3>政府信息公开</h3><a class="more" href="/xxgk/">进入&gt;</a></div><ul class="icons">{xxgk_quick}</ul>
<p class="links"><a href="/xxgk/zn/">信息公开指南</a> <a href="/xxgk/zd/">信息公开制度</a> <a href="/xxgk/ysq/">依申请公开</a></p></div>
</div>
{service_block()}
{links_select("友情链接")}
{footer(org, "浙ICP备05009876号", "3301000099")}"""
    tree = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in CATALOGUE)

    def xxgk_page(column: str, inner: str) -> str:
        main = f"""<div class="xxgk-head"><a href="/xxgk/zn/">政府信息公开指南</a> | <a href="/xxgk/zd/">政府信息公开制度</a> | <a href="/xxgk/ysq/">依申请公开</a></div>
<div class="xxgk-left"><h3>主动公开目录</h3><ul class="xxgk-tree">{tree}</ul></div>
<div class="xxgk-right"><h4>{column}</h4>{inner}</div>"""
        return page(f"{column}_{org}", f'<div class="w1200"><div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; {column}</div>{main}</div>{footer(org, "浙ICP备05009876号", "3301000099")}')

    side = [("监管动态", "/jgdt/"), ("通知公告", "/tzgg/"), ("抽检信息", "/cjxx/")]
    return {
        "/": page(org, body),
        "/jgdt/": sub_page(org, "监管动态", side, ul_list(entries(SJ_NEWS, series(20, 20, 7), "jgdt")) + pager()),
        "/cjxx/": sub_page(org, "抽检信息", side, ul_list(entries(SJ_CHECK, series(2, 20, 7), "cjxx")) + pager()),
        "/tzgg/": sub_page(org, "通知公告", side, ul_list(entries(SJ_NOTICE, series(200, 10, 30), "tzgg")) + pager()),
        "/xxgk/": xxgk_page("主动公开目录", '<p>请从左侧目录选择信息类别。</p>'),
        "/xxgk/jgzn/": xxgk_page("机构职能", table_list(entries(SJ_ORG, [130, 130, 131, 131], "jgzn"))),
        "/xxgk/zcwj/": xxgk_page("政策文件", table_list(entries(SJ_POLICY, series(250, 8, 30), "zcwj"), doc_no=True)),
        "/xxgk/ghxx/": xxgk_page("规划信息", table_list(entries(SJ_PLAN, [420, 700, 1000], "ghxx"))),
        "/xxgk/tjxx/": xxgk_page("统计信息", table_list(entries(SJ_STATS, [60, 150, 240, 330], "tjxx"))),
        "/xxgk/rsxx/": xxgk_page("人事信息", table_list(entries(SJ_PERSONNEL, [400, 470, 560], "rsxx"))),
        "/xxgk/czxx/": xxgk_page("财政信息", table_list(entries(SJ_FINANCE, [100, 150, 270, 470], "czxx"))),
        "/xxgk/nb/": xxgk_page("政府信息公开年报", table_list(entries(SJ_REPORT, [309, 672, 1038], "nb"))),
    }


# --- G: Taiwan 縣政府 — ROC dates 115.11.20 and 115年11月20日; healthy ----------------------

TW_LATEST = ["縣府辦理115年度防災演練 強化社區韌性", "縣長視察冬季農損復耕進度", "本縣115年度敬老禮金開始發放",
             "縣府推動長照2.0服務據點擴增", "115年度縣內道路改善工程陸續完工"]
TW_PRESS = ["縣長出席產業園區招商說明會 盼引進綠能產業", "縣府與大學簽署合作備忘錄 深化地方創生",
            "縣府舉辦聖誕點燈活動 歡迎民眾共襄盛舉", "本縣觀光人次創新高 縣府持續推動文化觀光"]
TW_ANNOUNCE = ["公告本縣115年度公有土地標售案", "公告修正本縣自治條例部分條文", "公告115年度第2期房屋稅開徵"]
TW_HIRE = ["本府社會處徵求約用社工員1名", "本府工務處職務代理人甄選公告", "本縣衛生局徵求護理師2名"]


def tw_site() -> dict[str, str]:
    org = "某某縣政府"
    latest = entries(TW_LATEST, [1, 3, 6, 10, 15], "News", fmt=roc_dot)
    press = entries(TW_PRESS, [0, 2, 5, 8], "Press", fmt=roc_cn)
    announce = entries(TW_ANNOUNCE, [12, 40, 75], "Announce", fmt=roc_dot)
    hire = entries(TW_HIRE, [4, 18, 33], "Job", fmt=roc_dot)

    def tab_panel(pid: str, items: Sequence[tuple[str, str, str]], more: str, active: bool) -> str:
        rows = "".join(
            f'<li><span class="date">{d}</span><a href="{h}" title="{t}">{t}</a><span class="unit">行政處</span></li>' for t, h, d in items
        )
        return (f'<div id="{pid}" class="tab-pane{" active" if active else ""}" role="tabpanel">'
                f'<ul class="news-list">{rows}</ul><a class="more" href="{more}" title="更多{pid}">更多</a></div>')

    body = f"""<a href="#C" class="sr-only" title="跳到主要內容區塊">跳到主要內容區塊</a>
<div class="header"><a href="/" title="回首頁"><img src="/images/logo_tw.png" alt="{org}"></a>
<a href="#U" accesskey="U" title="上方功能區塊">:::</a>
<ul class="toplink"><li><a href="/sitemap/">網站導覽</a></li><li><a href="/en/">English</a></li><li><a href="/rss/">RSS</a></li></ul></div>
<nav class="mainmenu"><ul><li><a href="/News/">最新消息</a></li><li><a href="/Press/">新聞稿</a></li><li><a href="/Announce/">公告</a></li>
<li><a href="/Job/">徵才</a></li><li><a href="/Service/">便民服務</a></li><li><a href="/Gov/">縣政資訊</a></li><li><a href="/Open/">政府資訊公開</a></li></ul></nav>
<main id="C"><a href="#C" accesskey="C" title="中央內容區塊">:::</a>
<div class="slider">{"".join(f'<div class="slide"><a href="{h}"><img src="/images/tw_slide{i}.jpg" alt="{t}"></a></div>' for i, (t, h, _) in enumerate(press))}</div>
<section class="news-tabs"><ul class="nav-tabs" role="tablist">
<li role="tab" class="active"><a href="#最新消息">最新消息</a></li><li role="tab"><a href="#新聞稿">新聞稿</a></li>
<li role="tab"><a href="#公告">公告</a></li><li role="tab"><a href="#徵才">徵才</a></li></ul>
<div class="tab-content">{tab_panel("最新消息", latest, "/News/", True)}{tab_panel("新聞稿", press, "/Press/", False)}{tab_panel("公告", announce, "/Announce/", False)}{tab_panel("徵才", hire, "/Job/", False)}</div></section>
<section class="quick"><h2>便民服務</h2><ul><li><a href="/Service/1/">線上申辦</a></li><li><a href="/Service/2/">表單下載</a></li><li><a href="/Service/3/">陳情信箱</a></li><li><a href="/Service/4/">縣長信箱</a></li></ul></section>
</main>
{bulk()}
<footer><p>{org} 地址：某某縣某某市府前路1號 電話：(03)9251000</p><p>上班時間：週一至週五 08:00-12:00, 13:30-17:30</p>
<p>© {org} 版權所有 最佳瀏覽解析度1280x1024</p><p>更新日期：{roc_dot(0)}</p></footer>"""
    html = f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{org}全球資訊網</title>{CSS}</head>
<body>{body}{SCRIPTS}</body></html>"""

    def tw_list(column: str, pool: Sequence[str], ages: Sequence[int], prefix: str, fmt: Callable[[int], str]) -> str:
        rows = "".join(
            f'<tr><td data-title="序號">{i + 1}</td><td data-title="標題"><a href="{h}">{t}</a></td>'
            f'<td data-title="發布單位">行政處</td><td data-title="發布日期">{d}</td></tr>'
            for i, (t, h, d) in enumerate(entries(pool, ages, prefix, fmt=fmt))
        )
        return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{column}-{org}全球資訊網</title></head><body>
<div class="header"><a href="/"><img src="/images/logo_tw.png" alt="{org}"></a></div>
<div class="path">現在位置：<a href="/">首頁</a> &gt; {column}</div><h2>{column}</h2>
<table class="table"><thead><tr><th>序號</th><th>標題</th><th>發布單位</th><th>發布日期</th></tr></thead><tbody>{rows}</tbody></table>
<div class="page">資料總筆數：{len(ages) * 9} 頁次：1/9 <a href="?Page=2">下一頁</a></div>
<footer>© {org} 版權所有</footer></body></html>"""

    return {
        "/": html,
        "/News/": tw_list("最新消息", TW_LATEST, series(1, 20, 4), "News", roc_dot),
        "/Press/": tw_list("新聞稿", TW_PRESS, series(0, 20, 3), "Press", roc_cn),
        "/Announce/": tw_list("公告", TW_ANNOUNCE, series(12, 15, 20), "Announce", roc_dot),
        "/Job/": tw_list("徵才", TW_HIRE, series(4, 12, 14), "Job", roc_dot),
    }


# --- H: Vue site — server-rendered lists, more links are javascript:void(0) + onclick ---
# The homepage's newest item is 20 days old: homepage stale; 新闻动态 (news) stale.

VU_NEWS = ["区政府召开第45次常务会议", "区领导调研重点项目建设", "全区秋冬季大气污染防治攻坚推进会召开",
           "区政府与高校签署战略合作协议", "全区营商环境优化提升大会召开"]
VU_NOTICE = ["关于2026年区级财政专项资金申报的通知", "关于开展冬季森林防火检查的通知", "关于区政务服务中心调整办公时间的公告",
             "关于征集2027年区政府民生实事项目的公告"]
VU_READ = ["一图读懂《区优化营商环境十条措施》", "图解：2026年区政府工作报告", "政策解读：区人才新政十条"]


def vu_site() -> dict[str, str]:
    org = "某市某某区人民政府"
    news = entries(VU_NEWS, [20, 24, 29, 35, 41], "xwdt")
    notice = entries(VU_NOTICE, [30, 38, 47, 60], "tzgg")
    read = entries(VU_READ, [40, 70, 100], "zcjd")

    def vlist(items: Sequence[tuple[str, str, str]], dated: bool) -> str:
        return "".join(
            f'<li data-v-7ba5bd90 class="list-item"><a data-v-7ba5bd90 href="{h}" target="_blank" class="title">{t}</a>'
            + (f'<span data-v-7ba5bd90 class="time">{d}</span>' if dated else "")
            + "</li>"
            for t, h, d in items
        )

    def block(title: str, route: str, items: Sequence[tuple[str, str, str]], dated: bool = True) -> str:
        return (
            f'<div data-v-7ba5bd90 class="index-card"><div data-v-7ba5bd90 class="card-header"><span data-v-7ba5bd90 class="card-title">{title}</span>'
            f'<a data-v-7ba5bd90 href="javascript:void(0)" class="card-more" onclick="window.location.href=\'{route}\'">更多 <i class="el-icon-arrow-right"></i></a></div>'
            f'<ul data-v-7ba5bd90 class="card-list">{vlist(items, dated)}</ul></div>'
        )

    state = ('{"route":{"path":"/"},"columns":[' + ",".join(f'{{"name":"{n}","path":"{p}"}}' for n, p in
             [("新闻动态", "/col/xwdt/"), ("通知公告", "/col/tzgg/"), ("政策解读", "/col/zcjd/")]) + "]}")
    body = f"""<div id="app" data-server-rendered="true"><div data-v-2d1c3f7a class="page-index">
<header data-v-2d1c3f7a class="site-header"><div data-v-2d1c3f7a class="container"><img data-v-2d1c3f7a src="/static/img/logo.8d2f1c.png" alt="{org}" class="logo">
<div data-v-2d1c3f7a class="el-input search"><input type="text" placeholder="搜索" class="el-input__inner"></div></div>
<ul data-v-2d1c3f7a class="el-menu--horizontal el-menu"><li class="el-menu-item is-active"><a href="/">首页</a></li>
<li class="el-menu-item"><a href="javascript:void(0)" onclick="location.href='/col/xwdt/'">新闻动态</a></li>
<li class="el-menu-item"><a href="javascript:void(0)" onclick="location.href='/col/tzgg/'">通知公告</a></li>
<li class="el-menu-item"><a href="javascript:void(0)" onclick="location.href='/col/zcjd/'">政策解读</a></li>
<li class="el-menu-item"><a href="javascript:void(0)" onclick="location.href='/col/zwfw/'">政务服务</a></li></ul></header>
<div data-v-2d1c3f7a class="el-carousel"><div class="el-carousel__container">{"".join(f'<div class="el-carousel__item"><a href="{h}"><img src="/static/upload/c{i}.jpg"><p>{t}</p></a></div>' for i, (t, h, _) in enumerate(news[:3]))}</div></div>
<div data-v-2d1c3f7a class="notice-bar"><i class="el-icon-bell"></i><div class="marquee"><div class="marquee-inner">
{"".join(f'<a href="{h}">{t}</a>' for t, h, _ in notice[:3])}</div></div></div>
<div data-v-2d1c3f7a class="el-row"><div class="el-col el-col-12">{block("新闻动态", "/col/xwdt/", news)}</div>
<div class="el-col el-col-12">{block("通知公告", "/col/tzgg/", notice, dated=False)}</div>
<div class="el-col el-col-12">{block("政策解读", "/col/zcjd/", read)}</div></div>
{service_block()}
<footer data-v-2d1c3f7a class="site-footer">{footer(org, "浙ICP备05022222号", "3301080001")}</footer>
</div></div>
<script>window.__INITIAL_STATE__={state}</script>
<script src="/static/js/manifest.3a1b2c.js"></script><script src="/static/js/vendor.9f8e7d.js"></script><script src="/static/js/app.1c2d3e.js"></script>"""

    def col(column: str, pool: Sequence[str], ages: Sequence[int], prefix: str) -> str:
        items = entries(pool, ages, prefix)
        lis = vlist(items, True)
        pg = ('<div class="el-pagination"><button type="button" class="btn-prev" disabled>上一页</button><ul class="el-pager">'
              '<li class="number active">1</li><li class="number">2</li><li class="number">3</li></ul><button type="button" class="btn-next">下一页</button></div>')
        return page(f"{column}-{org}", f'<div id="app" data-server-rendered="true"><div class="page-list"><div class="crumb">首页 / {column}</div>'
                    f'<h2>{column}</h2><ul class="card-list">{lis}</ul>{pg}</div></div>')

    return {
        "/": page(org, body),
        "/col/xwdt/": col("新闻动态", VU_NEWS, series(20, 20, 5), "xwdt"),
        "/col/tzgg/": col("通知公告", VU_NOTICE, series(30, 20, 9), "tzgg"),
        "/col/zcjd/": col("政策解读", VU_READ, series(40, 12, 30), "zcjd"),
    }


SITES: dict[str, Callable[[], dict[str, str]]] = {
    "gaj": ga_site, "jyj": jy_site, "wjw": wj_site, "kfq": kf_site,
    "jdb": jd_site, "scjg": sj_site, "twxf": tw_site, "vue": vu_site,
}

# --- truth, written before any scan ---------------------------------------------------
# Written with the brief's codes; then mapped onto README's vocabulary (before any scan):
# the stuffed title is spam_content, the referrer-keyed redirect script hidden_links
# (README: "one a referrer check loads for visitors from search engines only"); a zombie
# carries `abandoned`; unanswered_messages leaves the status unchanged (was "stale").
# After the first scan: README's depth table says the sweep (`home`) sees no
# column_stale, column_empty or unanswered_messages; the home truths had them (my error).

Truth = dict[str, Any]

TRUTH: dict[str, dict[str, Truth]] = {
    # 公安局: everything fresh; the 局长信箱's list page holds two letters of 104 and 131
    # days with no reply (more than 3 months, within the year): fails. The homepage's
    # mailbox box shows only the five newest, all answered.
    "gaj": {
        # README: unanswered_messages is a veto that leaves the status unchanged.
        "full": {"status": "healthy", "passed": False, "findings": {"unanswered_messages": 2},
                 "absent": ["homepage_stale", "column_stale", "column_empty"]},
        "home": {"status": "healthy", "passed": True, "findings": {},
                 "absent": ["homepage_stale", "column_stale", "column_empty", "unanswered_messages"]},
    },
    # 教育局: news 1 day, notices 20, 招生考试 45, 教师招聘 60 (personnel), policy 100: healthy.
    "jyj": {
        "full": {"status": "healthy", "passed": True, "findings": {},
                 "absent": ["homepage_stale", "column_stale", "column_empty"]},
        "home": {"status": "healthy", "passed": True, "findings": {},
                 "absent": ["homepage_stale", "column_stale", "column_empty"]},
    },
    # 卫健委: content fresh, but a keyword-stuffed title, 12 off-screen gambling/porn links
    # in the footer and a referrer-keyed redirect to a casino: hijacked, fails.
    "wjw": {
        "full": {"status": "hijacked", "passed": False,
                 "findings": {"spam_content": None, "hidden_links": None},
                 "absent": ["homepage_stale", "column_stale"]},
        "home": {"status": "hijacked", "passed": False,
                 "findings": {"spam_content": None, "hidden_links": None},
                 "absent": ["homepage_stale", "column_stale"]},
    },
    # 开发区: nothing newer than 470 days: zombie, fails; homepage stale; stale columns:
    # 园区动态 (news), 通知公告 (notice); 招商引资 and 项目建设 have no documented class.
    "kfq": {
        "full": {"status": "zombie", "passed": False,
                 "findings": {"abandoned": None, "homepage_stale": None, "column_stale": 2}},
        "home": {"status": "zombie", "passed": False, "findings": {"abandoned": None, "homepage_stale": None}},
    },
    # 街道: news 2 days, notices 6; six empty columns (暂无数据, nothing, 暂无内容, an empty
    # <ul>, 没有相关信息, 栏目正在建设中): fails on 5+ empty columns.
    "jdb": {
        "full": {"status": "stale", "passed": False, "findings": {"column_empty": 6},
                 "absent": ["homepage_stale", "column_stale"]},
        "home": {"status": "healthy", "passed": True, "findings": {},
                 "absent": ["homepage_stale", "column_stale"]},
    },
    # 市场监管局: homepage fresh by 抽检信息 (2 days). Stale: 监管动态 20 days (news, 14),
    # 通知公告 200 (notice, 180); in the catalogue 政策文件 250 (policy, 180), 人事信息 400
    # (personnel, 365), 规划信息 420 (planning, 365). Three veto-class stale columns is
    # below the line of five: passes, status stale. 统计信息 60, 财政信息 100, 机构职能 130,
    # and the yearly 年报 309 days are fresh for their kinds. At depth home only the
    # homepage's two list columns are judged.
    "scjg": {
        "full": {"status": "stale", "passed": True, "findings": {"column_stale": 5},
                 "absent": ["homepage_stale", "column_empty"]},
        "home": {"status": "healthy", "passed": True, "findings": {},
                 "absent": ["homepage_stale", "column_empty"]},
    },
    # Taiwan: 新聞稿 dated today (115年11月25日), 最新消息 115.11.24, 公告 12 days,
    # 徵才 4 days: healthy.
    "twxf": {
        "full": {"status": "healthy", "passed": True, "findings": {},
                 "absent": ["homepage_stale", "column_stale", "column_empty", "undated"]},
        "home": {"status": "healthy", "passed": True, "findings": {},
                 "absent": ["homepage_stale", "column_stale", "column_empty", "undated"]},
    },
    # Vue: newest homepage item 20 days: homepage stale, fails; 新闻动态 stale (news 20
    # days); 通知公告 30 days is fresh — undated on the homepage, dated on its page, reached
    # only through onclick. At depth home 通知公告 is undated.
    "vue": {
        "full": {"status": "stale", "passed": False, "findings": {"homepage_stale": None, "column_stale": 1},
                 "absent": ["column_empty"]},
        "home": {"status": "stale", "passed": False, "findings": {"homepage_stale": None},
                 "absent": ["column_empty"]},
    },
}
