"""Blind evaluation, hostile and odd servers, round 7: raw servers of our own on 127.0.0.1.

Written before any scan of these pages (see the commit "blind: pages and truth, written
before any scan"). The site is a county government portal (青溪县人民政府) in the style
of the big Chinese CMSes: a top bar with a date script, a mega menu, a slide banner, tab
boxes of news, notices and policies, a 政民互动 box, special-topic banners, a link
drop-down and an ICP footer. Each case is one host, ``<name>.hostile7.test``, served by
a raw asyncio server (no HTTP library) whose behaviour is the case's.

Truth per case, decided from what a browser and an inspector would make of the answer
(the reason is in ``why``): the status (or the set of statuses that are all right), the
error kind of the homepage visit (``None``: no error; a tuple: any of them), findings
that must and must not appear, at depth ``full`` and ``home``.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import re
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=TZ)
DOMAIN = "hostile7.test"
SITE = "青溪县人民政府"

# The scan settings the truth assumes (milliseconds, as the brief asks).
TIMEOUT = 0.8           # seconds for one visit
RETRIES = 0
BACKOFF = 0.01
MAX_PAGE_BYTES = 2_000_000
MAX_REDIRECTS = 10
HANG = 3.0              # a late answer comes this long after the request (past TIMEOUT)
# The cases whose truth is the visit's time limit are scanned with TIMEOUT; the others
# with SLACK, so that a loaded machine (the floods' CPU included) cannot time them out.
SLACK = 5.0
TIMED = frozenset({"late-answer", "head-trickle", "info-flood", "trailer-flood", "tls-hang"})
RSS_LIMIT_MB = 150      # growth of the scanning process allowed by the endless bodies


def day(now: datetime, ago: int) -> date:
    return now.date() - timedelta(days=ago)


# ---------------------------------------------------------------------------------------
# Columns: (code, heading, type, ages of items in days, titles)

NEWS = [
    "县委常委会召开会议传达学习省委全会精神", "县政府召开第42次常务会议研究部署冬季安全生产工作",
    "我县举行2026年重点项目集中签约活动", "县领导赴青溪工业园区调研企业生产经营情况",
    "全县秋冬季森林防灭火工作推进会召开", "青溪县入选省级乡村振兴示范县创建名单",
    "县人大常委会开展优化营商环境专题询问", "我县召开全面推行河湖长制工作会议",
    "县政府与省农科院签署战略合作协议", "2026年青溪县农民丰收节暨农特产品展销会开幕",
    "县长主持召开城市更新项目推进调度会", "县政协召开十届十二次常委会议",
]
DEPT = [
    "县财政局开展预算绩效管理业务培训", "县人社局举办2026年冬季专场招聘会",
    "县交通运输局开展道路运输安全隐患大排查", "县卫健委组织开展家庭医生签约服务进社区活动",
    "县市场监管局开展冬季食品安全专项检查", "县教育局召开中小学校安全工作会议",
    "县自然资源局开展耕地保护宣传月活动", "县应急管理局组织开展危化品企业应急演练",
    "县住建局推进老旧小区改造项目建设", "县生态环境局开展大气污染防治督查",
]
TOWN = [
    "城关镇开展冬季消防安全进万家活动", "白沙镇举办农村实用技术培训班",
    "石门乡召开村级集体经济发展座谈会", "龙潭镇开展人居环境整治“百日攻坚”行动",
    "桃源乡组织收看县委全会专题辅导", "东岭镇开展防范电信网络诈骗宣传",
    "西溪镇茶叶产业园获评省级现代农业园区", "青云乡组织开展困难群众走访慰问",
]
NOTICE = [
    "关于2026年度县级机关公开遴选公务员拟遴选人员名单的公示", "关于做好2027年元旦春节期间有关工作的通知",
    "青溪县2026年第四季度重点项目建设情况通报", "关于开展2026年度统计执法检查的公告",
    "青溪县人民政府关于征收集体土地的预公告", "关于县城部分路段临时交通管制的通告",
    "关于2026年冬季城乡居民医保集中参保缴费的通知", "青溪县2026年度政府信息公开工作年度报告编制说明",
    "关于公布第一批县级非物质文化遗产代表性项目名录的通知", "关于开展全县安全生产大检查的通知",
]
POLICY = [
    "青溪县人民政府关于印发《青溪县促进民营经济高质量发展若干措施》的通知",
    "青溪县人民政府办公室关于印发《青溪县城市管理综合执法办法》的通知",
    "青溪县人民政府关于调整城乡居民基本养老保险基础养老金标准的通知",
    "青溪县人民政府办公室关于进一步加强耕地保护工作的实施意见",
    "青溪县人民政府关于印发《青溪县突发事件总体应急预案》的通知",
    "青溪县人民政府办公室关于印发《青溪县农村集体资产管理办法》的通知",
    "青溪县人民政府关于公布县级行政许可事项清单的通知",
    "青溪县人民政府办公室关于推进政务服务“一网通办”的实施方案",
]
READ = [
    "一图读懂《青溪县促进民营经济高质量发展若干措施》", "《青溪县城市管理综合执法办法》政策解读",
    "解读：城乡居民基础养老金标准调整", "《关于进一步加强耕地保护工作的实施意见》答记者问",
    "图解：青溪县突发事件总体应急预案", "《青溪县农村集体资产管理办法》起草说明",
]
PERSONNEL = [
    "青溪县2026年事业单位公开招聘工作人员拟聘用人员公示", "关于张某某等同志任职前公示的公告",
    "青溪县2026年公开招聘社区工作者笔试成绩公告", "青溪县人民政府关于李某某等同志职务任免的通知",
    "青溪县2026年度“三支一扶”人员招募公告", "关于2026年县直机关选调工作人员的公告",
]
PLANNING = [
    "青溪县2026年国民经济和社会发展计划执行情况", "青溪县国土空间总体规划（2021-2035年）批前公示",
    "青溪县“十四五”规划纲要实施中期评估报告", "青溪县2026年政府投资项目计划",
    "青溪县综合交通运输发展规划（2024-2030年）", "青溪县城区控制性详细规划修编公告",
]

# code, heading, type, the ages (days before NOW) of its items, titles
COLUMNS: tuple[tuple[str, str, str, tuple[int, ...], list[str]], ...] = (
    ("qxyw", "青溪要闻", "news", (1, 2, 3, 5, 6, 8, 9, 11, 13, 15, 16, 19), NEWS),
    ("bmdt", "部门动态", "news", (2, 3, 4, 6, 7, 9, 12, 14, 17, 20), DEPT),
    ("xzdt", "乡镇动态", "news", (3, 4, 7, 8, 10, 13, 15, 18), TOWN),
    ("tzgg", "通知公告", "notice", (5, 12, 20, 31, 40, 52, 67, 80, 95, 110), NOTICE),
    ("zcwj", "政策文件", "policy", (20, 45, 70, 96, 130, 160, 190, 230), POLICY),
    ("zcjd", "政策解读", "policy", (12, 40, 68, 95, 128, 158), READ),
    ("rsxx", "人事信息", "personnel", (40, 75, 110, 150, 200, 260), PERSONNEL),
    ("ghjh", "规划计划", "planning", (100, 160, 220, 280, 330, 360), PLANNING),
)
# The newest date the homepage shows (青溪要闻's first item).
PAGE_NEWEST_AGO = 1


def art_url(code: str, d: date, n: int) -> str:
    return f"/art/{d:%Y/%m/%d}/art_{1000 + sum(map(ord, code)) % 900}_{58000 + n}.html"


def _items(code: str, ages: tuple[int, ...], titles: list[str], now: datetime, limit: int,
           fmt: str = "%Y-%m-%d") -> str:
    rows = []
    for i, (ago, title) in enumerate(zip(ages[:limit], titles, strict=False)):
        d = day(now, ago)
        rows.append(
            f'<li><a href="{art_url(code, d, i)}" target="_blank" title="{title}">{title}</a>'
            f'<span class="date">{d.strftime(fmt)}</span></li>')
    return "\n".join(rows)


MENU = (
    ("首页", "/", ()),
    ("走进青溪", "/col/zjqx/index.html", ("青溪概况", "历史沿革", "行政区划", "自然资源", "人口民族", "旅游景点")),
    ("新闻中心", "/col/xwzx/index.html", ("青溪要闻", "部门动态", "乡镇动态", "媒体聚焦", "视频新闻", "图片新闻")),
    ("政务公开", "/col/zwgk/index.html", ("政府信息公开指南", "政府信息公开目录", "政府信息公开年报", "法定主动公开内容",
                                        "政策文件", "政策解读", "财政预决算", "重大建设项目", "人事信息", "规划计划")),
    ("政务服务", "/col/zwfw/index.html", ("个人办事", "法人办事", "部门服务", "便民服务", "好差评")),
    ("政民互动", "/col/zmhd/index.html", ("县长信箱", "在线咨询", "意见征集", "在线访谈", "网上调查")),
    ("专题专栏", "/col/ztzl/index.html", ("学习贯彻党的二十届四中全会精神", "优化营商环境", "乡村振兴", "安全生产")),
)


def _menu_html() -> str:
    out = ['<div class="nav"><ul class="nav-list clearfix">']
    for i, (label, href, subs) in enumerate(MENU):
        out.append(f'<li class="nav-item{" on" if i == 0 else ""}"><a href="{href}" class="nav-a">{label}</a>')
        if subs:
            out.append('<div class="nav-drop"><div class="nav-drop-in">')
            for j, s in enumerate(subs):
                out.append(f'<a href="{href.rsplit("/", 2)[0]}/sub{j}/index.html">{s}</a>')
            out.append('</div></div>')
        out.append("</li>")
    out.append("</ul></div>")
    return "\n".join(out)


STYLE = """
<style type="text/css">
*{margin:0;padding:0}body{font:14px/1.6 "Microsoft YaHei","微软雅黑",Arial;color:#333;background:#f4f6f9}
a{color:#333;text-decoration:none}a:hover{color:#c40000}ul,li{list-style:none}.clearfix:after{content:"";display:block;clear:both}
.w1200{width:1200px;margin:0 auto}.topbar{height:36px;line-height:36px;background:#f1f1f1;border-bottom:1px solid #e5e5e5;font-size:12px}
.topbar .fl{float:left}.topbar .fr{float:right}.topbar .fr a{margin-left:14px}
.header{height:150px;background:url(/images/head_bg.jpg) no-repeat center top}.logo{float:left;padding-top:30px}
.search{float:right;margin-top:55px;width:320px;height:36px;border:1px solid #1a5fb4;background:#fff}
.search input.txt{width:250px;height:36px;border:0;padding:0 10px}.search input.btn{width:50px;height:36px;background:#1a5fb4 url(/images/ss.png) no-repeat center;border:0}
.nav{height:50px;background:#1a5fb4}.nav-list li.nav-item{float:left;width:171px;text-align:center;position:relative}
.nav-list li.nav-item a.nav-a{display:block;height:50px;line-height:50px;color:#fff;font-size:18px}
.nav-list li.on a.nav-a,.nav-list li.nav-item:hover a.nav-a{background:#0f4a93}
.nav-drop{display:none;position:absolute;top:50px;left:0;width:171px;background:#fff;z-index:99;box-shadow:0 3px 8px rgba(0,0,0,.15)}
.nav-item:hover .nav-drop{display:block}.nav-drop a{display:block;line-height:36px;border-bottom:1px dashed #ddd}
.banner{height:120px;margin:10px auto;overflow:hidden}.banner img{width:1200px;height:120px}
.mod{background:#fff;margin-top:12px;padding:12px 16px}.mod-hd{height:40px;line-height:40px;border-bottom:2px solid #1a5fb4;position:relative}
.mod-hd h3{float:left;font-size:18px;color:#1a5fb4}.mod-hd .more{position:absolute;right:0;top:0;font-size:12px;color:#999}
.tab-hd li{float:left;padding:0 18px;font-size:18px;cursor:pointer}.tab-hd li.on{color:#fff;background:#1a5fb4}
.list li{height:36px;line-height:36px;overflow:hidden;background:url(/images/dot.png) no-repeat 0 center;padding-left:12px}
.list li a{float:left;width:80%;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}.list li span.date{float:right;color:#999}
.slide{float:left;width:580px;height:380px;position:relative;overflow:hidden}.slide .txt{position:absolute;bottom:0;width:100%;background:rgba(0,0,0,.5);color:#fff}
.col-l{float:left;width:590px}.col-r{float:right;width:590px}.w390{float:left;width:390px;margin-right:15px}.w390.last{margin-right:0}
.zt a{float:left;width:290px;margin:0 10px 10px 0}.zt img{width:290px;height:80px}
.fwlist a{float:left;width:140px;height:90px;text-align:center;margin:6px;background:#eef3fb}
.footer{background:#1a5fb4;color:#dbe6f6;margin-top:20px;padding:20px 0;text-align:center;font-size:13px;line-height:28px}
.footer a{color:#dbe6f6}.yqlj select{width:220px;height:32px;margin:0 8px}
.msg-table{width:100%;border-collapse:collapse}.msg-table th,.msg-table td{border-bottom:1px dashed #ddd;height:34px;text-align:center}
.msg-table td.tl{text-align:left}.fixed-ad{position:fixed;right:10px;bottom:120px;z-index:100}
</style>
"""

HEAD_SCRIPTS = """
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/js/jquery.SuperSlide.2.1.3.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
"""

BODY_SCRIPTS = """
<script type="text/javascript">
function showDate(){var d=new Date();var w=["日","一","二","三","四","五","六"];
document.getElementById("today").innerHTML="今天是："+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()];}
showDate();
jQuery(".slide").slide({mainCell:".bd ul",effect:"leftLoop",autoPlay:true,interTime:4000});
jQuery(".tabbox1").slide({titCell:".tab-hd li",mainCell:".tab-bd",trigger:"mouseover"});
jQuery(".tabbox2").slide({titCell:".tab-hd li",mainCell:".tab-bd",trigger:"mouseover"});
jQuery(".tabbox3").slide({titCell:".tab-hd li",mainCell:".tab-bd",trigger:"mouseover"});
function closeAd(){document.getElementById("floatAd").style.display="none";}
</script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function(){var hm=document.createElement("script");hm.src="/js/stat.js?v=20261101";
var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
</script>
<script id="_jiucuo_" sitecode="3311270001" src="/js/jiucuo.js"></script>
"""


def _box(code: str, heading: str, body: str, more: bool = True) -> str:
    link = f'<a class="more" href="/col/{code}/index.html" target="_blank">更多&gt;&gt;</a>' if more else ""
    return (f'<div class="mod" id="mod_{code}"><div class="mod-hd clearfix"><h3>{heading}</h3>{link}</div>'
            f'<div class="mod-bd"><ul class="list">{body}</ul></div></div>')


def _tab_box(cls: str, cols: list[tuple[str, str, tuple[int, ...], list[str]]], now: datetime, limit: int) -> str:
    heads = "".join(
        f'<li{" class=on" if i == 0 else ""}><a href="/col/{c}/index.html" target="_blank">{h}</a></li>'
        for i, (c, h, _a, _t) in enumerate(cols))
    panels = "".join(
        f'<div class="tab-panel"><ul class="list">{_items(c, a, t, now, limit)}</ul>'
        f'<a class="more" href="/col/{c}/index.html" target="_blank">更多&gt;&gt;</a></div>'
        for c, _h, a, t in cols)
    return (f'<div class="mod {cls}"><div class="mod-hd clearfix"><ul class="tab-hd">{heads}</ul></div>'
            f'<div class="tab-bd">{panels}</div></div>')


def _col(code: str) -> tuple[str, str, tuple[int, ...], list[str]]:
    for c, h, _t, ages, titles in COLUMNS:
        if c == code:
            return c, h, ages, titles
    raise KeyError(code)


def _slides(now: datetime) -> str:
    pics = []
    for i, (ago, title) in enumerate(zip((1, 3, 6, 9, 13), NEWS, strict=False)):
        d = day(now, ago)
        pics.append(f'<li><a href="{art_url("qxyw", d, i)}" target="_blank"><img src="/images/slide{i}.jpg" '
                    f'alt="{title}"/></a><p class="txt">{title}</p></li>')
    return ('<div class="slide"><div class="bd"><ul>' + "".join(pics) + '</ul></div>'
            '<div class="hd"><ul><li>1</li><li>2</li><li>3</li><li>4</li><li>5</li></ul></div></div>')


def _messages(now: datetime) -> str:
    rows = []
    letters = (("关于城关镇幸福路路灯不亮的问题", 6, "已回复"), ("咨询2026年城乡居民医保缴费时间", 9, "已回复"),
               ("白沙镇某小区停车难问题反映", 15, "已回复"), ("关于农村宅基地审批流程的咨询", 22, "已回复"),
               ("建议在县城新增公交线路", 30, "已回复"), ("关于学区划分的咨询", 41, "已回复"))
    for i, (title, ago, state) in enumerate(letters):
        d = day(now, ago)
        rows.append(f'<tr><td class="tl"><a href="/col/xzxx/art_{i + 1}.html" target="_blank">{title}</a></td>'
                    f'<td>{state}</td><td>{d:%Y-%m-%d}</td></tr>')
    return ('<div class="mod" id="mod_xzxx"><div class="mod-hd clearfix"><h3>县长信箱</h3>'
            '<a class="more" href="/col/xzxx/index.html" target="_blank">更多&gt;&gt;</a></div>'
            '<div class="mod-bd"><div class="btns"><a href="/col/xzxx/write.html">我要写信</a>'
            '<a href="/col/xzxx/query.html">信件查询</a></div><table class="msg-table"><tr><th>标题</th>'
            '<th>状态</th><th>日期</th></tr>' + "".join(rows) + "</table></div></div>")


DEPARTMENTS = ("县发展和改革局", "县教育局", "县科技局", "县工业和信息化局", "县公安局", "县民政局", "县司法局", "县财政局",
               "县人力资源和社会保障局", "县自然资源局", "县生态环境分局", "县住房和城乡建设局", "县交通运输局", "县水利局",
               "县农业农村局", "县商务局", "县文化和广电旅游体育局", "县卫生健康委员会", "县退役军人事务局", "县应急管理局",
               "县审计局", "县市场监督管理局", "县统计局", "县医疗保障局", "县林业局", "县城市管理局")
TOWNS = ("城关镇", "白沙镇", "龙潭镇", "东岭镇", "西溪镇", "石门乡", "桃源乡", "青云乡", "大坪乡", "黄泥乡")


def _footer(now: datetime) -> str:
    depts = "".join(f'<option value="http://www.qingxi.gov.cn/col/dept{i}/">{n}</option>'
                    for i, n in enumerate(DEPARTMENTS))
    towns = "".join(f'<option value="http://www.qingxi.gov.cn/col/town{i}/">{n}</option>' for i, n in enumerate(TOWNS))
    return f"""
<div class="yqlj w1200 mod clearfix"><span>友情链接：</span>
<select onchange="if(this.value)window.open(this.value)"><option value="">----国家部委网站----</option>
<option value="http://www.gov.cn/">中国政府网</option><option value="http://www.ndrc.gov.cn/">国家发展改革委</option></select>
<select onchange="if(this.value)window.open(this.value)"><option value="">----县直部门网站----</option>{depts}</select>
<select onchange="if(this.value)window.open(this.value)"><option value="">----乡镇网站----</option>{towns}</select>
</div>
<div class="footer"><div class="w1200">
<p><a href="/col/wzdt/index.html">网站地图</a> | <a href="/col/lxwm/index.html">联系我们</a> |
<a href="/col/wzsm/index.html">网站声明</a> | <a href="/col/sybz/index.html">使用帮助</a></p>
<p>主办单位：青溪县人民政府办公室 承办单位：青溪县大数据发展中心 联系电话：0570-8123456</p>
<p>版权所有 © 2009-{now.year} 青溪县人民政府 <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备09012345号-1</a>
<img src="/images/ga.png" alt=""/>浙公网安备 33082202000123号 网站标识码：3311270001</p>
<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D4E5F" target="_blank">
<img src="/images/dzjg.png" alt="党政机关"/></a>
<a href="/col/jiucuo/index.html" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"/></a>
建议使用1280×800以上分辨率，IE9以上浏览器浏览</p></div></div>"""


def portal(now: datetime = NOW, title: str = SITE) -> str:
    zt = "".join(f'<a href="/col/zt{i}/index.html" target="_blank"><img src="/images/zt{i}.jpg" alt="{n}"/></a>'
                 for i, n in enumerate(("学习贯彻党的二十届四中全会精神", "优化营商环境 我们在行动",
                                        "全面推进乡村振兴", "安全生产月", "创建全国文明城市", "清廉青溪建设",
                                        "“八五”普法", "我为群众办实事")))
    fw = "".join(f'<a href="/col/fw{i}/index.html" target="_blank"><img src="/images/fw{i}.png" alt=""/>'
                 f'<p>{n}</p></a>'
                 for i, n in enumerate(("社保查询", "公积金查询", "医保服务", "不动产登记", "企业开办", "户籍办理",
                                        "教育入学", "交通出行", "就业创业", "公共资源交易", "12345热线", "办事指南")))
    depts = "".join(f'<li><a href="/col/dept{i}/index.html" target="_blank">{n}</a></li>'
                    for i, n in enumerate(DEPARTMENTS))
    gk = "".join(f'<li><a href="/col/gk{i}/index.html" target="_blank">{n}</a></li>' for i, n in enumerate(
        ("政府信息公开指南", "政府信息公开制度", "政府信息公开目录", "政府信息公开年报", "依申请公开", "机构职能",
         "财政预决算", "重大建设项目", "公共资源配置", "社会公益事业", "审计结果", "统计信息", "建议提案办理",
         "政府工作报告", "权责清单", "双随机一公开")))
    body = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<meta name="SiteName" content="{SITE}"/>
<meta name="SiteDomain" content="www.qingxi.gov.cn"/>
<meta name="SiteIDCode" content="3311270001"/>
<meta name="keywords" content="青溪县,青溪县人民政府,政务公开,政务服务"/>
<meta name="description" content="青溪县人民政府门户网站"/>
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="/css/base.css"/>
<link rel="stylesheet" type="text/css" href="/css/index.css"/>
{STYLE}
{HEAD_SCRIPTS}
</head>
<body>
<div class="topbar"><div class="w1200 clearfix"><div class="fl"><span id="today"></span>
<span>欢迎访问{SITE}门户网站</span></div>
<div class="fr"><a href="javascript:void(0)" onclick="SetHome(this,location.href)">设为首页</a>
<a href="javascript:void(0)" onclick="AddFavorite(document.title,location.href)">加入收藏</a>
<a href="/col/wza/index.html">无障碍浏览</a><a href="/col/elder/index.html">长者模式</a>
<a href="/col/mobile/index.html">手机版</a><a href="/col/weixin/index.html">政务微信</a></div></div></div>
<div class="header"><div class="w1200 clearfix"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{SITE}"/></a></div>
<div class="search"><form action="/jsearch/search.do" method="get" target="_blank">
<input type="hidden" name="webid" value="1"/><input type="text" class="txt" name="q" placeholder="请输入关键词"/>
<input type="submit" class="btn" value=""/></form></div></div></div>
{_menu_html()}
<div class="banner w1200"><a href="/col/zt0/index.html"><img src="/images/banner_20d.jpg" alt="学习贯彻党的二十届四中全会精神"/></a></div>
<div class="w1200 clearfix">
  {_slides(now)}
  <div class="col-r">{_tab_box("tabbox1", [_col("qxyw"), _col("bmdt"), _col("xzdt")], now, 8)}</div>
</div>
<div class="w1200 clearfix">
  <div class="col-l">{_box("tzgg", "通知公告", _items("tzgg", _col("tzgg")[2], NOTICE, now, 7))}</div>
  <div class="col-r">{_tab_box("tabbox2", [_col("zcwj"), _col("zcjd")], now, 7)}</div>
</div>
<div class="w1200 mod clearfix"><div class="mod-hd clearfix"><h3>专题专栏</h3>
<a class="more" href="/col/ztzl/index.html">更多&gt;&gt;</a></div><div class="zt clearfix">{zt}</div></div>
<div class="w1200 clearfix">
  <div class="w390">{_box("rsxx", "人事信息", _items("rsxx", _col("rsxx")[2], PERSONNEL, now, 6))}</div>
  <div class="w390">{_box("ghjh", "规划计划", _items("ghjh", _col("ghjh")[2], PLANNING, now, 6))}</div>
  <div class="w390 last"><div class="mod"><div class="mod-hd clearfix"><h3>政府信息公开</h3></div>
  <ul class="gk clearfix">{gk}</ul></div></div>
</div>
<div class="w1200 clearfix">
  <div class="col-l">{_messages(now)}</div>
  <div class="col-r mod"><div class="mod-hd clearfix"><h3>政务服务</h3>
  <a class="more" href="/col/zwfw/index.html">更多&gt;&gt;</a></div><div class="fwlist clearfix">{fw}</div></div>
</div>
<div class="w1200 mod clearfix"><div class="mod-hd clearfix"><h3>部门网站</h3></div><ul class="bmlist clearfix">{depts}</ul></div>
{_footer(now)}
<div class="fixed-ad" id="floatAd"><a href="/col/zt0/index.html"><img src="/images/float.png" alt=""/></a>
<span onclick="closeAd()">关闭</span></div>
{BODY_SCRIPTS}
</body>
</html>
"""
    return body


def column_page(code: str, now: datetime = NOW) -> str:
    c, heading, ages, titles = _col(code)
    rows = []
    for i, (ago, t) in enumerate(zip(ages, titles, strict=False)):
        d = day(now, ago)
        rows.append(f'<li><a href="{art_url(c, d, i)}" target="_blank">{t}</a><span>{d:%Y-%m-%d}</span></li>')
    hot = "".join(f'<li><a href="{art_url("qxyw", day(now, a), i)}">{t}</a></li>'
                  for i, (a, t) in enumerate(zip((1, 3, 5), NEWS, strict=False)))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"/><title>{heading}_{SITE}</title>
<meta name="ColumnName" content="{heading}"/>{STYLE}{HEAD_SCRIPTS}</head>
<body>
<div class="topbar"><div class="w1200 clearfix"><div class="fl"><span id="today"></span></div></div></div>
<div class="header"><div class="w1200 clearfix"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{SITE}"/></a></div></div></div>
{_menu_html()}
<div class="w1200 clearfix"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/{c}/index.html">{heading}</a></div>
<div class="col-l" style="width:880px"><div class="mod"><div class="mod-hd clearfix"><h3>{heading}</h3></div>
<ul class="list">{"".join(rows)}</ul>
<div class="pager">共{len(rows) * 6}条记录 第1页/共6页 <a href="/col/{c}/index_2.html">下一页</a>
<a href="/col/{c}/index_6.html">尾页</a></div></div></div>
<div class="col-r" style="width:300px"><div class="mod hot"><div class="mod-hd"><h3>热点信息</h3></div><ul class="list">{hot}</ul></div></div>
</div>
{_footer(now)}
{BODY_SCRIPTS}
</body></html>
"""


def article_page(path: str, now: datetime = NOW) -> str:
    m = re.search(r"/art/(\d{4})/(\d{2})/(\d{2})/", path)
    stamp = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else f"{day(now, 30):%Y-%m-%d}"
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"/><title>信息_{SITE}</title>'
            f'<meta name="PubDate" content="{stamp} 09:00"/></head><body>'
            f'<div class="art"><h1>信息详情</h1><p class="info">发布时间：{stamp} 来源：青溪县人民政府办公室</p>'
            f'<div class="content"><p>{"青溪县各项工作有序推进。" * 40}</p></div></div></body></html>')


NGINX_404 = ("<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1>"
             "</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")


def cms_404(now: datetime = NOW) -> str:
    """The site's own template saying the page is gone (a soft 404 served with 200)."""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"/><title>{SITE}</title>{STYLE}{HEAD_SCRIPTS}</head>
<body>
<div class="topbar"><div class="w1200 clearfix"><div class="fl"><span id="today"></span>
<span>欢迎访问{SITE}门户网站</span></div></div></div>
<div class="header"><div class="w1200 clearfix"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{SITE}"/></a></div></div></div>
{_menu_html()}
<div class="w1200 mod" style="height:420px;text-align:center;padding-top:80px">
<img src="/images/404.png" alt="404"/>
<h2 style="font-size:28px;color:#1a5fb4">404 抱歉，您访问的页面不存在或已被删除！</h2>
<p>您可以：<a href="/">返回首页</a> 或 <a href="javascript:history.back()">返回上一页</a></p>
<p class="tip">页面将在 <b id="sec">5</b> 秒后自动跳转……</p></div>
{_footer(now)}
<script type="text/javascript">var s=5;setInterval(function(){{if(s>0){{s--;document.getElementById("sec").innerHTML=s;}}}},1000);</script>
</body></html>
"""


# ---------------------------------------------------------------------------------------
# Truth


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    status: tuple[str, ...]                 # acceptable statuses (the first the preferred)
    kind: tuple[str | None, ...]            # acceptable homepage error kinds
    must: tuple[str, ...] = ()              # findings that must appear (at depth full)
    must_not: tuple[str, ...] = ()          # findings that must not appear
    home_status: tuple[str, ...] | None = None   # at --depth home, when it differs
    why: str = ""
    healthy_page: bool = False              # the portal's columns are read as COLUMN_TRUTH
    bounded_rss: bool = False               # the process must not grow by more than RSS_LIMIT_MB


FRESH_MUST_NOT = ("homepage_stale", "column_stale", "column_empty", "undated", "abandoned", "placeholder_page",
                  "default_server_page", "hidden_links", "spam_content", "unanswered_messages", "future_dated",
                  "offsite_redirect")
DEAD_MUST_NOT = ("hidden_links", "spam_content", "offsite_redirect", "column_empty", "column_stale")


def _ok(name: str, what: str, why: str, kind: tuple[str | None, ...] = (None,), **kw: object) -> Case:
    return Case(name, what, ("healthy",), kind, (), FRESH_MUST_NOT, why=why, healthy_page=True, **kw)  # type: ignore[arg-type]


CASES: tuple[Case, ...] = (
    _ok("control", "a plain HTTP/1.1 200 with Content-Length, keep-alive: the portal, its column pages, articles",
        "the portal served properly"),
    Case("late-answer", "accepts, reads the request, then answers a valid page only after 3 s (timeout 0.8 s)",
         ("unreachable",), ("timeout",), (), DEAD_MUST_NOT,
         why="no answer within the visit's limit is a failed visit (the inspectors' 15 s rule), however good the late page"),
    Case("head-trickle", "status line at once, then one header line every 100 ms for 4 s, then the page",
         ("unreachable",), ("timeout",), (), DEAD_MUST_NOT,
         why="each line comes well inside a read timeout, but the visit as a whole takes 5x its limit"),
    Case("head-cut", "`HTTP/1.1 200 OK` and one header line, then the server closes before the blank line",
         ("unreachable",), ("connect",), (), DEAD_MUST_NOT,
         why="no complete answer: browsers show ERR_EMPTY_RESPONSE / a connection error"),
    Case("h2-answer", "answers an HTTP/1.1 request with the HTTP/2 preface (PRI * HTTP/2.0) and a SETTINGS frame",
         ("unreachable",), ("connect",), (), DEAD_MUST_NOT,
         why="not an HTTP/1.1 answer: browsers fail with ERR_INVALID_HTTP_RESPONSE"),
    Case("info-flood", "answers with `HTTP/1.1 100 Continue` informational responses as fast as the socket takes them, "
         "never a final one", ("unreachable",), ("timeout", "connect"), (), DEAD_MUST_NOT,
         why="never a final answer: the visit must end by its limit (or by a bound on 1xx answers), never loop for ever"),
    Case("chunk-flood", "chunked: the portal in 4 KB chunks, then 24-byte chunks of template comments as fast as "
         "possible, never the last chunk", ("healthy",), ("too_large", None), (), FRESH_MUST_NOT,
         why="a browser shows the portal (it comes first); the body must be cut at max_page_bytes and judged on what "
             "was read, with bounded memory", healthy_page=True, bounded_rss=True),
    Case("trailer-flood", "chunked: the portal, the last chunk `0`, then trailer lines for ever",
         ("healthy", "unreachable"), ("too_large", None, "connect", "timeout"), (), DEAD_MUST_NOT,
         why="the body is complete (a browser has shown it all) but the message never ends: either the page as "
             "read or a failed visit is defensible; it must end in bounded time and memory", bounded_rss=True),
    Case("chunk-overflow", "chunked: the portal, then a chunk size of 20 hex digits (ffff...: more than 2^64), then "
         "junk bytes for ever", ("unreachable",), ("connect",), (), DEAD_MUST_NOT,
         why="an invalid chunk size is a broken message (ERR_INVALID_CHUNKED_ENCODING), as a bad chunk size is",
         bounded_rss=True),
    Case("xgzip-zeros", "Content-Encoding: x-gzip, the body a valid gzip of 64 MB of NUL bytes (64 KB on the wire)",
         ("zombie", "unreachable"), ("too_large", None), (), DEAD_MUST_NOT,
         why="a page of nothing but NULs shows nothing (a blank page, no web page); inflating must stop at "
             "max_page_bytes with bounded memory", bounded_rss=True),
    Case("gzip2-zeros", "Content-Encoding: gzip, gzip; the body gzip(gzip(64 MB of NUL bytes)), both layers valid",
         ("zombie", "unreachable"), ("too_large", None, "connect"), (), DEAD_MUST_NOT,
         why="as x-gzip: nothing to show, both layers inflated within the cap (or refused): bounded memory",
         bounded_rss=True),
    Case("gzip2-once", "Content-Encoding: gzip, gzip but the portal gzipped once",
         ("unreachable",), ("connect",), (), DEAD_MUST_NOT,
         why="browsers undo both codings: the inner gunzip of HTML fails (ERR_CONTENT_DECODING_FAILED), as gzip on a "
             "plain body does"),
    _ok("utf16-bom-utf8", "Content-Type: text/html; charset=utf-8, the body UTF-16LE with a BOM",
        "a byte order mark overrides the HTTP charset (WHATWG encoding sniffing): browsers show the portal readable"),
    Case("soft404-nginx", "200 text/html whose body is nginx's own `404 Not Found` page",
         ("unreachable", "zombie"), ("http_4xx", None), (), (*DEAD_MUST_NOT, "undated"),
         why="the homepage is a not-found page: visitors get no site. Not healthy (an error behind a 200)"),
    Case("soft404-cms", "200 with the site's template (top bar, menu, footer) around `404 抱歉，您访问的页面不存在或已被删除！`",
         ("unreachable", "zombie"), ("http_4xx", None), (), ("hidden_links", "spam_content", "offsite_redirect"),
         why="the homepage says the page does not exist: a soft 404 of the homepage is no working homepage"),
    Case("tls-hang", "301 to https:// of another host of the site whose port accepts TCP and never answers the "
         "TLS ClientHello", ("unreachable",), ("timeout", "tls"), (), DEAD_MUST_NOT,
         why="the TLS handshake never ends: a failed visit by its time limit"),
    Case("loopback-redirect", "302 to http://127.0.0.1:<port>/ where the portal is served",
         ("unreachable",), ("connect", "invalid_url", "dns"), (), DEAD_MUST_NOT,
         why="a public site's redirect to a loopback literal sends every visitor to his own machine: the site is "
             "not reachable; a crawler must not read its own host's services as the site (SSRF)"),
    _ok("cookie-5000", "a 200 with 5,000 Set-Cookie fields (`c0042=1`: 105 KB of header block); requests whose Cookie header "
        "passes 8 KB get nginx's `400 Request Header Or Cookie Too Large`",
        "browsers keep at most ~180 cookies a domain and send a bounded Cookie header: the portal and its column "
        "pages are read"),
    _ok("replay", "keep-alive: every later request on a connection is answered with the first answer's bytes "
        "(valid framing)", "the homepage is fresh whatever a column page read turns out to be; no crash, no "
        "stale or empty column from the homepage's replayed copy"),
)
CASE_BY_NAME = {c.name: c for c in CASES}

# Columns as an inspector reads the portal (name -> (type, newest, empty)).
def column_truth(now: datetime = NOW) -> dict[str, tuple[str, date, bool]]:
    return {h: (t, day(now, ages[0]), False) for _c, h, t, ages, _ti in COLUMNS}


def host(name: str) -> str:
    return f"{name}.{DOMAIN}"


# ---------------------------------------------------------------------------------------
# Servers

async def read_request(reader: asyncio.StreamReader) -> tuple[str, str, dict[str, str]] | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) < 3:
        return None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    return parts[0], parts[1], headers


def response(status: str, body: bytes, ctype: str = "text/html; charset=utf-8",
             extra: tuple[tuple[str, str], ...] = (), keep: bool = True) -> bytes:
    head = [f"HTTP/1.1 {status}", "Server: nginx", f"Content-Type: {ctype}", f"Content-Length: {len(body)}",
            "Connection: keep-alive" if keep else "Connection: close"]
    head += [f"{k}: {v}" for k, v in extra]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def site_page(path: str, now: datetime = NOW) -> tuple[str, bytes, str]:
    """The portal's site: (status, body, content type) for a path."""
    p = path.split("?", 1)[0]
    if p in ("/", "/index.html", "/index.htm"):
        return "200 OK", portal(now).encode("utf-8"), "text/html; charset=utf-8"
    if p == "/robots.txt":
        return "200 OK", b"User-agent: *\nDisallow: /jsearch/\n", "text/plain"
    m = re.match(r"/col/([a-z]+)/index\.html$", p)
    if m and any(c == m.group(1) for c, *_ in COLUMNS):
        return "200 OK", column_page(m.group(1), now).encode("utf-8"), "text/html; charset=utf-8"
    if p.startswith("/art/") or p.startswith("/col/"):
        return "200 OK", article_page(p, now).encode("utf-8"), "text/html; charset=utf-8"
    if p.endswith((".css",)):
        return "200 OK", b"body{}", "text/css"
    if p.endswith((".js",)):
        return "200 OK", b"var x=1;", "application/javascript"
    if p.endswith((".png", ".jpg", ".gif")):
        return "200 OK", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"
    return "404 Not Found", NGINX_404.encode(), "text/html"


@dataclass
class Farm:
    now: datetime = NOW
    ports: dict[str, int] = field(default_factory=dict)
    servers: list[asyncio.base_events.Server] = field(default_factory=list)
    log: dict[str, list[tuple[str, int]]] = field(default_factory=dict)   # case -> [(path, cookie bytes)]
    tasks: set[asyncio.Task[None]] = field(default_factory=set)

    log_file: str | None = None

    def note(self, case: str, path: str, headers: dict[str, str]) -> None:
        cookie = len(headers.get("cookie", ""))
        self.log.setdefault(case, []).append((path, cookie))
        if self.log_file:
            with open(self.log_file, "a", encoding="utf-8") as f:
                f.write(f"{case}\t{path}\t{cookie}\n")

    def resolve(self) -> dict[str, str]:
        out = {host(n): f"127.0.0.1:{p}" for n, p in self.ports.items()}
        out["www.gov.cn"] = out["www.ndrc.gov.cn"] = out["www.qingxi.gov.cn"] = f"127.0.0.1:{self.ports['control']}"
        out["beian.miit.gov.cn"] = out["bszs.conac.cn"] = f"127.0.0.1:{self.ports['control']}"
        return out


async def _serve_site(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, farm: Farm, case: str,
                      first: bytes | None = None) -> None:
    """Plain keep-alive service of the site; ``first``: replay these bytes after the first answer."""
    answered: bytes | None = None
    while True:
        req = await read_request(reader)
        if req is None:
            return
        method, path, headers = req
        farm.note(case, path, headers)
        if case == "cookie-5000" and len(headers.get("cookie", "")) > 8192:
            body = (b"<html>\r\n<head><title>400 Request Header Or Cookie Too Large</title></head>\r\n<body>\r\n"
                    b"<center><h1>400 Bad Request</h1></center>\r\n<center>Request Header Or Cookie Too Large"
                    b"</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
            writer.write(response("400 Bad Request", body, "text/html", keep=False))
            await writer.drain()
            return
        status, body, ctype = site_page(path, farm.now)
        extra: tuple[tuple[str, str], ...] = ()
        if case == "cookie-5000" and path in ("/", "/index.html"):
            extra = tuple(("Set-Cookie", f"c{i:04d}=1") for i in range(5000))
        if case == "utf16-bom-utf8" and path in ("/", "/index.html"):
            body = "\ufeff".encode("utf-16-le") + portal(farm.now).encode("utf-16-le")
        out = response(status, body, ctype, extra)
        if method == "HEAD" and body:
            out = out[: -len(body)]
        if case == "replay":
            if answered is None:
                answered = out
            else:
                out = answered
        writer.write(out)
        await writer.drain()


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def _zeros_gzip(n: int) -> bytes:
    co = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    out = [co.compress(block) for _ in range(n >> 20)]
    out.append(co.flush())
    return b"".join(out)


async def special(case: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, farm: Farm) -> None:
    req = await read_request(reader)
    if req is None:
        return
    _method, path, headers = req
    farm.note(case, path, headers)
    page = portal(farm.now).encode("utf-8")
    if path.split("?")[0] not in ("/", "/index.html") and case not in ("info-flood", "h2-answer", "head-cut",
                                                                        "late-answer", "head-trickle"):
        # robots.txt and any other page of these hosts: the site as it is (only the homepage is hostile)
        status, body, ctype = site_page(path, farm.now)
        writer.write(response(status, body, ctype, keep=False))
        await writer.drain()
        return
    if case == "late-answer":
        await asyncio.sleep(HANG)
        writer.write(response("200 OK", page, keep=False))
    elif case == "head-trickle":
        writer.write(b"HTTP/1.1 200 OK\r\n")
        await writer.drain()
        for i in range(40):
            await asyncio.sleep(0.1)
            writer.write(f"X-Trace-{i}: {i * 7919}\r\n".encode())
            await writer.drain()
        writer.write(f"Content-Type: text/html; charset=utf-8\r\nContent-Length: {len(page)}\r\n\r\n".encode()
                     + page)
    elif case == "head-cut":
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n")
    elif case == "h2-answer":
        settings = b"\x00\x00\x06\x04\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x64"
        goaway = b"\x00\x00\x08\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01"
        writer.write(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + settings + goaway)
    elif case == "info-flood":
        burst = b"HTTP/1.1 100 Continue\r\n\r\n" * 256
        for _ in range(200_000):
            writer.write(burst)
            await writer.drain()
    elif case in ("chunk-flood", "trailer-flood", "chunk-overflow"):
        writer.write(b"HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html; charset=utf-8\r\n"
                     b"Transfer-Encoding: chunked\r\nConnection: keep-alive\r\n\r\n")
        for i in range(0, len(page), 4096):
            writer.write(_chunk(page[i:i + 4096]))
        await writer.drain()
        if case == "chunk-flood":
            burst = _chunk(b"<!-- tpl:cache block -->") * 2000
            for _ in range(100_000):       # 4.8 GB of body at most: the client must stop first
                writer.write(burst)
                await writer.drain()
        elif case == "trailer-flood":
            writer.write(b"0\r\n")
            line = b"X-Cache-Trace: " + b"a" * 40 + b"\r\n"
            for _ in range(100_000):
                writer.write(line * 1000)
                await writer.drain()
        else:
            writer.write(b"ffffffffffffffffffff\r\n")
            junk = b"x" * 65536
            for _ in range(100_000):
                writer.write(junk)
                await writer.drain()
    elif case in ("xgzip-zeros", "gzip2-zeros", "gzip2-once"):
        if case == "xgzip-zeros":
            body, coding = BOMBS["single"], "x-gzip"
        elif case == "gzip2-zeros":
            body, coding = BOMBS["double"], "gzip, gzip"
        else:
            body, coding = gzip.compress(page), "gzip, gzip"
        writer.write(response("200 OK", body, extra=(("Content-Encoding", coding),), keep=False))
    elif case == "soft404-nginx":
        writer.write(response("200 OK", NGINX_404.encode(), "text/html", keep=False))
    elif case == "soft404-cms":
        writer.write(response("200 OK", cms_404(farm.now).encode("utf-8"), keep=False))
    elif case == "tls-hang":
        target = f"https://{host('tls-hang-s')}/"
        writer.write(response("301 Moved Permanently", b"", extra=(("Location", target),), keep=False))
    elif case == "loopback-redirect":
        target = f"http://127.0.0.1:{farm.ports['control']}/"
        writer.write(response("302 Found", b"", extra=(("Location", target),), keep=False))
    await writer.drain()


async def _silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, farm: Farm) -> None:
    await asyncio.sleep(HANG * 2)


SPECIAL = ("late-answer", "head-trickle", "head-cut", "h2-answer", "info-flood", "chunk-flood", "trailer-flood",
           "chunk-overflow", "xgzip-zeros", "gzip2-zeros", "gzip2-once", "soft404-nginx", "soft404-cms", "tls-hang",
           "loopback-redirect")
SITE_CASES = ("control", "utf16-bom-utf8", "cookie-5000", "replay")


BOMBS: dict[str, bytes] = {}


async def start_farm(now: datetime = NOW) -> Farm:
    farm = Farm(now=now)
    if not BOMBS:   # made before serving: their compression would stall the loop mid-scan
        BOMBS["single"] = _zeros_gzip(64 << 20)
        BOMBS["double"] = gzip.compress(BOMBS["single"])

    def make(case: str) -> Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]:
        async def conn(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            task = asyncio.current_task()
            if task is not None:
                farm.tasks.add(task)
            try:
                if case == "tls-hang-s":
                    await _silent(reader, writer, farm)
                elif case in SITE_CASES:
                    await _serve_site(reader, writer, farm, case)
                else:
                    await special(case, reader, writer, farm)
            except (ConnectionError, asyncio.CancelledError):
                pass
            finally:
                if task is not None:
                    farm.tasks.discard(task)
                writer.close()
        return conn

    for case in (*SITE_CASES, *SPECIAL, "tls-hang-s"):
        server = await asyncio.start_server(make(case), "127.0.0.1", 0, limit=1 << 20)
        farm.servers.append(server)
        farm.ports[case] = server.sockets[0].getsockname()[1]
    return farm


async def stop_farm(farm: Farm) -> None:
    for s in farm.servers:
        s.close()
    for t in list(farm.tasks):
        t.cancel()
    for s in farm.servers:
        with contextlib.suppress(TimeoutError, Exception):
            await asyncio.wait_for(s.wait_closed(), 2)


def sites_csv(farm: Farm) -> str:
    rows = ["url,name,group"]
    for c in CASES:
        rows.append(f"http://{host(c.name)}/,{SITE} ({c.name}),hostile7")
    return "\n".join(rows) + "\n"


def main() -> None:
    """Serve the farm in a process of its own (its endless writers and bombs stay out of the
    scanning process's loop and memory): prints the resolve map as one JSON line, logs
    requests to argv[1], serves until its standard input closes."""
    import json
    import sys

    async def run() -> None:
        farm = await start_farm()
        farm.log_file = sys.argv[1] if len(sys.argv) > 1 else None
        print(json.dumps({"resolve": farm.resolve(), "ports": farm.ports}), flush=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, sys.stdin.read)
        await stop_farm(farm)

    asyncio.run(run())


if __name__ == "__main__":
    main()
