# ruff: noqa: B905, RUF005
"""Blind evaluation: simplified-Chinese government sites on the provincial 集约化
platforms (round 1), written from how such sites are built today, with the truth
written before any scan (see tests/test_blind_zh_platform.py).

Clock: NOW = 2026-11-26 (a Thursday), Asia/Shanghai.

Sites
  A  www.zhexi.gov.cn/col/col1229361/index.html  a county 住建局 sub-site of the
     province's Hanweb 站群: /col/colNNN/index.html, /art/Y/M/D/art_NNN_NNN.html,
     column pages filled from <script type="text/xml"><datastore> records
  B  www.lzgxq.gov.cn      a 高新区管委会 (园区动态, 招商引资, 企业服务): stale,
     with an upcoming conference, a declaration deadline and a fresh clock
  C  xxgk.qiaoling.gov.cn  a 政府信息公开 platform (指南, 目录, 法定主动公开内容,
     依申请公开, 年报 one per year, 政策解读 with 图解/视频解读)
  D  www.yunxi.gov.cn/ztzl/xczx/index.html  a 乡村振兴 专题 on TRS (t2026…): stale
  E  www.fengting.gov.cn   a county portal: big carousel, icon grid, tab boxes
     (<ul class="tab-title"><li class="on">), a 县长信箱 with 办理中 letters of July
  F  jyj.chengxi.gov.cn    a "mobile-first" 教育局: phones get another layout
  G  www.liuxixiang.gov.cn a zombie 乡 site (GB2312, table layout): nothing since
     2024-10, a server-written 今天是 2026 clock and ©2026
  H  tyjrj.songxi.gov.cn   a 退役军人事务局 with six empty columns (暂无内容,
     暂无数据, an empty <ul>)
  I  jrfw.heyang.gov.cn    a 地方金融服务中心 with a 打击非法集资 column and a hidden
     drop-down of regulators' links: hijacked-looking but clean
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

NOW = _dt.date(2026, 11, 26)


def ago(days: int) -> _dt.date:
    return NOW - _dt.timedelta(days=days)


def iso(d: _dt.date) -> str:
    return d.isoformat()


@dataclass
class ColumnTruth:
    name: str
    types: tuple[str, ...]  # accepted types (more than one when contested)
    newest: str | None  # YYYY-MM-DD, None when empty
    empty: bool = False
    stale: bool | None = None  # None: depends on a contested type
    why: str = ""


@dataclass
class DepthTruth:
    status: str
    passed: bool
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()


@dataclass
class Site:
    key: str
    host: str
    url: str
    name: str
    charset: str
    pages: dict[str, str]
    full: DepthTruth
    home: DepthTruth
    columns: list[ColumnTruth]
    homepage_newest: str | None
    page_dates: dict[str, str | None] = field(default_factory=dict)
    mobile_pages: dict[str, str] = field(default_factory=dict)
    notes: str = ""


# ---------------------------------------------------------------- helpers

Item = tuple[str, _dt.date, str]  # title, date, url
ON = ' class="on"'
HIDE = ' style="display:none"'

ARTICLES: dict[str, dict[str, tuple[str, _dt.date, str]]] = {}  # host -> path -> (title, date, column)


def remember(host: str, items: list[Item], column: str) -> None:
    book = ARTICLES.setdefault(host, {})
    for title, d, url in items:
        if url.startswith("/"):
            book.setdefault(url.split("#")[0], (title, d, column))


def spaced(first_ago: int, n: int, steps: list[int]) -> list[_dt.date]:
    out = []
    cur = first_ago
    for i in range(n):
        out.append(ago(cur))
        cur += steps[i % len(steps)]
    return out


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def hanweb_items(colid: int, titles: list[str], dates: list[_dt.date], base: int) -> list[Item]:
    out = []
    for i, (t, d) in enumerate(zip(titles, dates)):
        out.append((t, d, f"/art/{d.year}/{d.month}/{d.day}/art_{colid}_{base - i * 37}.html"))
    return out


def trs_items(prefix: str, titles: list[str], dates: list[_dt.date], base: int) -> list[Item]:
    out = []
    for i, (t, d) in enumerate(zip(titles, dates)):
        out.append((t, d, f"{prefix}{d:%Y%m}/t{d:%Y%m%d}_{base - i * 113}.html"))
    return out


def query_items(prefix: str, titles: list[str], dates: list[_dt.date], base: int) -> list[Item]:
    return [(t, d, f"{prefix}{base - i * 7}") for i, (t, d) in enumerate(zip(titles, dates))]


def li_span(items: list[Item], fmt: str = "%Y-%m-%d", cls: str = "") -> str:
    rows = []
    for t, d, u in items:
        short = t if len(t) <= 26 else t[:25] + "…"
        c = f' class="{cls}"' if cls else ""
        rows.append(
            f'<li{c}><a href="{u}" title="{esc(t)}" target="_blank">{short}</a>'
            f'<span class="date">{d.strftime(fmt)}</span></li>'
        )
    return "\n".join(rows)


def li_bracket(items: list[Item]) -> str:
    return "\n".join(
        f'<li><span class="dot"></span><a href="{u}" target="_blank" title="{esc(t)}">{t}</a><em>[{d:%m-%d}]</em></li>'
        for t, d, u in items
    )


def mega_menu(groups: list[tuple[str, str, list[tuple[str, str]]]]) -> str:
    out = ['<div class="nav"><ul class="nav-ul clearfix">']
    for label, href, subs in groups:
        sub = "".join(f'<dd><a href="{h}" target="_blank">{t}</a></dd>' for t, h in subs)
        out.append(
            f'<li class="nav-li"><a class="nav-a" href="{href}">{label}</a>'
            + (f'<div class="sub-nav"><dl class="clearfix">{sub}</dl></div>' if subs else "")
            + "</li>"
        )
    out.append("</ul></div>")
    return "\n".join(out)


COMMON_CSS = """<style type="text/css">
*{margin:0;padding:0}body{font:14px/1.6 "Microsoft YaHei",Arial,sans-serif;color:#333;background:#fff}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}img{border:0}
.clearfix:after{content:"";display:block;clear:both}.w1200{width:1200px;margin:0 auto}
.top-bar{height:36px;line-height:36px;background:#f5f5f5;border-bottom:1px solid #e5e5e5;font-size:13px}
.top-bar .fl{float:left}.top-bar .fr{float:right}.top-bar a{margin-left:14px}
.header{height:150px;background:url(/images/head_bg.jpg) center top no-repeat}
.logo{float:left;padding-top:30px}.search{float:right;margin-top:56px}
.search input.txt{width:260px;height:34px;border:1px solid #c91a1a;padding:0 10px}
.search .btn{width:70px;height:36px;background:#c91a1a;color:#fff;border:0}
.nav{height:50px;background:#c91a1a}.nav-ul li.nav-li{float:left;position:relative}
.nav-ul li.nav-li a.nav-a{display:block;padding:0 28px;line-height:50px;color:#fff;font-size:17px}
.sub-nav{display:none;position:absolute;left:0;top:50px;width:560px;background:#fff;box-shadow:0 3px 8px rgba(0,0,0,.15);z-index:99;padding:14px}
.nav-li:hover .sub-nav{display:block}.sub-nav dd{float:left;width:33%;line-height:32px}
.list li{height:38px;line-height:38px;border-bottom:1px dashed #ddd;overflow:hidden}
.list li a{float:left;max-width:80%;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.list li span,.list li em{float:right;color:#999;font-style:normal}
.box-hd{height:42px;line-height:42px;border-bottom:2px solid #c91a1a}.box-hd h3{float:left;font-size:18px;color:#c91a1a}
.box-hd .more{float:right;font-size:13px;color:#999}
.footer{margin-top:30px;background:#8f1212;color:#f3dede;padding:24px 0;font-size:13px;line-height:26px}
.footer a{color:#f3dede}.footer .dzjg{float:left;margin-right:24px}
.tab-title li{float:left;padding:0 18px;cursor:pointer;font-size:17px}.tab-title li.on{color:#c91a1a;border-bottom:2px solid #c91a1a}
.tab-panel{display:none}.tab-panel.on{display:block}
</style>
"""

JQ = (
    '<script type="text/javascript" src="/script/jquery-1.11.3.min.js"></script>\n'
    '<script type="text/javascript" src="/script/common.js"></script>\n'
)

CLOCK_JS = """<script type="text/javascript">
function showDate(){var d=new Date();var w=["日","一","二","三","四","五","六"];
document.getElementById("nowDate").innerHTML="今天是："+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()];}
window.onload=function(){showDate();};
</script>
"""

TONGJI = """<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5a7b3c9d2e1f4a6b8c0d2e4f6a8b0c2d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
"""

WZA = '<script type="text/javascript" id="wza" src="https://wza.yunling.gov.cn/assist/wza.js?sid=3301" charset="utf-8" defer></script>\n'

SPLIT_TEMPLATE_JS = """<script type="text/javascript">
$(function(){
  $(".tab-title li").hover(function(){
    var i=$(this).index();var box=$(this).closest(".tab-box");
    $(this).addClass("on").siblings().removeClass("on");
    box.find(".tab-panel").eq(i).addClass("on").siblings(".tab-panel").removeClass("on");
    box.find(".tab-more a").eq(i).show().siblings().hide();
  });
  $(".nav-li").hover(function(){$(this).find(".sub-nav").stop().slideDown(150);},function(){$(this).find(".sub-nav").stop().slideUp(100);});
  $("#searchBtn").click(function(){var q=$.trim($("#q").val());if(q==""){alert("请输入搜索关键词");return false;}
    window.open("https://search.yunling.gov.cn/jsearchfront/search.do?websiteid=330000000000000&q="+encodeURIComponent(q)+"&pg=1&pos=title,content");});
});
</script>
"""


def province_friend_links(prov: str = "云岭省") -> str:
    depts = [
        ("省发展改革委", "fzggw"), ("省教育厅", "jyt"), ("省科技厅", "kjt"), ("省经信厅", "jxt"),
        ("省公安厅", "gat"), ("省民政厅", "mzt"), ("省司法厅", "sft"), ("省财政厅", "czt"),
        ("省人力社保厅", "rlsbt"), ("省自然资源厅", "zrzyt"), ("省生态环境厅", "sthjt"),
        ("省住房城乡建设厅", "jst"), ("省交通运输厅", "jtyst"), ("省水利厅", "slt"),
        ("省农业农村厅", "nynct"), ("省商务厅", "swt"), ("省文化和旅游厅", "ct"),
        ("省卫生健康委", "wsjkw"), ("省退役军人事务厅", "tyjrswt"), ("省应急管理厅", "yjglt"),
        ("省审计厅", "sjt"), ("省市场监管局", "scjgj"), ("省统计局", "tjj"), ("省医保局", "ybj"),
        ("省大数据局", "dsjj"), ("省地方金融管理局", "dfjrglj"),
    ]
    cities = ["丹霞市", "青屿市", "栖凤市", "云梦市", "临江市", "白石市", "望川市", "梧桐市"]
    opts = "".join(f'<option value="https://{c}.yunling.gov.cn">{n}</option>' for n, c in depts)
    opts2 = "".join(f'<option value="https://www.city{i}.yunling.gov.cn">{c}人民政府</option>' for i, c in enumerate(cities))
    return f"""<div class="yqlj w1200 clearfix">
<span class="yqlj-tit">友情链接：</span>
<select onchange="if(this.value!='')window.open(this.value);"><option value="">---国家部委网站---</option>
<option value="https://www.gov.cn">中国政府网</option><option value="https://www.ndrc.gov.cn">国家发展改革委</option>
<option value="https://www.mohurd.gov.cn">住房和城乡建设部</option><option value="https://www.mof.gov.cn">财政部</option></select>
<select onchange="if(this.value!='')window.open(this.value);"><option value="">---{prov}直部门---</option>{opts}</select>
<select onchange="if(this.value!='')window.open(this.value);"><option value="">---设区市政府网站---</option>{opts2}</select>
</div>
"""


def conac_footer(org: str, code: str, icp: str, beian: str, extra: str = "", year: int = 2026) -> str:
    return f"""<div class="footer"><div class="w1200 clearfix">
<div class="dzjg"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id={code[-8:]}A1B2" target="_blank"><img id="imgConac" src="/images/red.png" alt="党政机关" /></a></span></div>
<div class="jiucuo"><script id="_jiucuo_" sitecode="{code}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
<div class="ft-txt">
<p><a href="/col/col1229000/index.html">关于本网</a> | <a href="/col/col1229001/index.html">网站地图</a> | <a href="/col/col1229002/index.html">联系我们</a> | <a href="/col/col1229003/index.html">隐私声明</a></p>
<p>主办单位：{org}　{extra}</p>
<p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={beian}" target="_blank"><img src="/images/ga.png" alt="" />{beian[:2] and "云公网安备 " + beian + "号"}</a></p>
<p>Copyright © {year} {org} 版权所有　建议使用1920×1080分辨率、IE10以上版本浏览器</p>
</div></div></div>
"""


def county_links_block(county: str, host_suffix: str) -> str:
    """The 县直部门 / 乡镇 link wall every county template carries above its footer."""
    depts = ["发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局",
             "人力资源和社会保障局", "自然资源局", "生态环境分局", "住房和城乡建设局", "交通运输局", "水利局",
             "农业农村局", "商务局", "文化和旅游局", "卫生健康局", "退役军人事务局", "应急管理局", "审计局",
             "市场监督管理局", "统计局", "医疗保障局", "林业局", "信访局", "数据资源管理局", "城市管理局"]
    towns = ["城关镇", "东关镇", "西河镇", "南山镇", "北岭乡", "石门乡", "青龙镇", "白马乡", "桃源镇", "龙泉乡", "新华乡", "高桥镇"]
    d = "".join(f'<li><a href="https://www.{host_suffix}/bm/{i:02d}/" target="_blank">{county}{n}</a></li>' for i, n in enumerate(depts))
    t = "".join(f'<li><a href="https://www.{host_suffix}/xz/{i:02d}/" target="_blank">{n}</a></li>' for i, n in enumerate(towns))
    return f"""<div class="links-wall w1200 clearfix">
<div class="lw-tab"><span class="on">县直部门</span><span>乡镇（街道）</span></div>
<ul class="lw-list clearfix">{d}</ul>
<ul class="lw-list clearfix" style="display:none">{t}</ul>
<script>$(".lw-tab span").click(function(){{var i=$(this).index();$(this).addClass("on").siblings().removeClass("on");$(".lw-list").hide().eq(i).show();}});</script>
</div>
"""


ELDER_JS = """<script type="text/javascript">
/* 适老化与无障碍：字号切换、高对比度、阅读指引 */
(function(w,d){var KEY="elderMode",root=d.documentElement;
function setMode(on){if(on){root.className+=" elder";try{localStorage.setItem(KEY,"1");}catch(e){}}
else{root.className=root.className.replace(/\\s*elder/g,"");try{localStorage.removeItem(KEY);}catch(e){}}}
function zoom(n){var els=d.querySelectorAll(".list li a,.article p,.con p");for(var i=0;i<els.length;i++){els[i].style.fontSize=n+"px";}}
function contrast(){root.classList.toggle("high-contrast");}
function guide(){var bar=d.getElementById("readGuide");if(!bar){bar=d.createElement("div");bar.id="readGuide";
bar.style.cssText="position:fixed;left:0;width:100%;height:4px;background:#f00;z-index:99999;pointer-events:none";d.body.appendChild(bar);
d.addEventListener("mousemove",function(e){bar.style.top=e.clientY+"px";});}else{bar.parentNode.removeChild(bar);}}
w.elder={set:setMode,zoom:zoom,contrast:contrast,guide:guide};
try{if(localStorage.getItem(KEY)==="1"){setMode(true);}}catch(e){}
var ob=d.getElementById("oldBtn");if(ob){ob.onclick=function(){setMode(root.className.indexOf("elder")<0);};}
})(window,document);
</script>
"""


# -------------------------------------------------------- title pools

ZJ_NEWS = [
    "县住建局召开2026年度安全生产工作推进会", "我局开展城镇燃气安全专项整治“回头看”",
    "县住建局赴城北片区开展老旧小区改造项目督查", "全县建筑工地扬尘治理现场会在柘溪新城召开",
    "县住建局组织开展冬季施工安全培训", "我县保障性租赁住房项目完成主体结顶",
    "县住建局开展“住建大讲堂”第五期学习活动", "城东污水管网提升工程顺利通过竣工验收",
    "县住建局党组理论学习中心组开展专题学习", "我县4个项目入选省级美丽城镇样板",
    "县住建局召开物业服务质量提升推进会", "我局开展建设工程质量安全“双随机”检查",
    "全县住建系统消防安全培训会召开", "县住建局开展汛后农村房屋安全隐患排查",
    "县住建局组织观摩绿色建筑示范项目", "我县完成2026年度既有住宅加装电梯18台",
    "县住建局开展“质量月”系列活动", "县住建局深入企业开展“三服务”活动",
    "我县启动城市体检工作", "县住建局开展建筑市场“打非治违”专项行动",
    "全县房地产市场运行分析会召开", "县住建局召开清廉住建建设推进会",
]
ZJ_NOTICE = [
    "关于公布2026年第三批建筑业企业资质审查结果的通知",
    "柘溪县住房和城乡建设局关于开展2026年度物业服务企业信用评价的通知",
    "关于2026年度全县建设工程施工安全标准化工地拟命名名单的公示",
    "关于做好2026年冬季施工安全工作的通知",
    "关于城东片区既有住宅加装电梯项目的公示",
    "关于征集2027年城建重点项目的通知",
    "柘溪县住建局关于调整办公地点的公告",
    "关于开展2026年度建设工程“钱江杯”推荐工作的通知",
    "关于公布二级建造师注册初审结果的公告",
    "关于开展房屋市政工程安全生产治本攻坚三年行动的通知",
    "关于公示2026年度公共租赁住房保障对象名单的公告",
    "关于印发全县城镇燃气安全整治工作方案的通知",
]
ZJ_POLICY = [
    "柘溪县住房和城乡建设局关于印发《柘溪县既有住宅加装电梯管理办法》的通知",
    "柘溪县人民政府办公室关于进一步加强物业管理工作的实施意见",
    "柘溪县住房和城乡建设局关于规范建筑垃圾处置管理的通知",
    "关于印发《柘溪县保障性租赁住房管理实施细则》的通知",
    "柘溪县住建局关于建设工程质量安全手册实施的通知",
    "关于印发《柘溪县城镇老旧小区改造项目管理办法》的通知",
    "关于进一步规范房地产开发项目预售资金监管的通知",
    "关于印发《柘溪县城市更新行动实施方案》的通知",
    "柘溪县住房和城乡建设局行政执法公示制度",
    "关于加强房屋市政工程施工扬尘防治的通知",
]
ZJ_JD = [
    "【图解】《柘溪县既有住宅加装电梯管理办法》政策解读",
    "《柘溪县保障性租赁住房管理实施细则》起草说明",
    "一图读懂《柘溪县城市更新行动实施方案》",
    "【视频解读】老旧小区改造，改什么？怎么改？",
    "《关于进一步加强物业管理工作的实施意见》政策解读",
    "《柘溪县城镇老旧小区改造项目管理办法》解读",
    "《关于规范建筑垃圾处置管理的通知》政策解读",
    "【图解】预售资金监管新规要点",
]
ZJ_RS = [
    "柘溪县住房和城乡建设局2026年公开招聘编外人员公告",
    "柘溪县住建局下属事业单位2026年公开选调工作人员公告",
    "关于张某某等同志任职前公示",
    "柘溪县住建局2025年公开招聘编外人员拟录用人员公示",
    "柘溪县住建局2025年度公务员平时考核情况",
    "关于县城市建设投资中心公开招聘工作人员的公告",
]
ZJ_GH = [
    "柘溪县住房和城乡建设局2026年工作要点",
    "柘溪县住房和城乡建设局2025年工作总结和2026年工作思路",
    "柘溪县“十五五”住房发展规划（征求意见稿）",
    "柘溪县住房和城乡建设局2025年工作要点",
    "柘溪县住房和城乡建设局2024年工作总结",
]


# =========================================================== A: Hanweb 站群
A_HOST = "www.zhexi.gov.cn"
A_HOME = "/col/col1229361/index.html"
A_COLS = {
    "工作动态": 1229362, "通知公告": 1229363, "政策文件": 1229364,
    "政策解读": 1229365, "人事信息": 1229366, "规划计划": 1229367,
}
A_NEWS = hanweb_items(1229362, ZJ_NEWS, spaced(2, 22, [2, 3, 4, 5, 3]), 59124561)
A_NOTICE = hanweb_items(1229363, ZJ_NOTICE, spaced(8, 12, [9, 15, 21, 12]), 59098122)
A_POLICY = hanweb_items(1229364, ZJ_POLICY, spaced(57, 10, [40, 55, 70]), 58877210)
A_JD = hanweb_items(1229365, ZJ_JD, spaced(45, 8, [35, 60, 50]), 58911311)
A_RS = hanweb_items(1229366, ZJ_RS, spaced(176, 6, [90, 120, 150]), 58400121)
A_GH = hanweb_items(1229367, ZJ_GH, spaced(256, 5, [120, 240, 250]), 58001002)
for _its, _c in ((A_NEWS, "工作动态"), (A_NOTICE, "通知公告"), (A_POLICY, "政策文件"),
                 (A_JD, "政策解读"), (A_RS, "人事信息"), (A_GH, "规划计划")):
    remember(A_HOST, _its, _c)


def _a_head(title: str, column: str = "柘溪县住房和城乡建设局", coltype: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="SiteName" content="柘溪县人民政府">
<meta name="SiteDomain" content="www.zhexi.gov.cn">
<meta name="SiteIDCode" content="3311270001">
<meta name="ColumnName" content="{column}">
<meta name="ColumnDescription" content="{column}">
<meta name="ColumnKeywords" content="{column}">
<meta name="ColumnType" content="{coltype}">
<meta name="Keywords" content="柘溪县住房和城乡建设局,柘溪住建,住房保障,建筑市场">
<meta name="Description" content="柘溪县住房和城乡建设局">
<link rel="stylesheet" type="text/css" href="/module/jslib/bootstrap/css/ui.css">
<link rel="stylesheet" type="text/css" href="/picture/0/s2111151512392398764.css">
{COMMON_CSS}{JQ}<script type="text/javascript" src="/module/jslib/jquery/jquery.cookie.js"></script>
<script type="text/javascript" src="/script/0/2111151530471942.js"></script>
</head>
"""


def _a_header() -> str:
    menu = mega_menu([
        ("首页", A_HOME, []),
        ("机构概况", "/col/col1229370/index.html", [
            ("领导信息", "/col/col1229371/index.html"), ("机构职能", "/col/col1229372/index.html"),
            ("内设机构", "/col/col1229373/index.html"), ("下属单位", "/col/col1229374/index.html")]),
        ("政务公开", "/col/col1229375/index.html", [
            ("政策文件", "/col/col1229364/index.html"), ("政策解读", "/col/col1229365/index.html"),
            ("通知公告", "/col/col1229363/index.html"), ("人事信息", "/col/col1229366/index.html"),
            ("规划计划", "/col/col1229367/index.html"), ("财政资金", "/col/col1229376/index.html"),
            ("行政执法", "/col/col1229377/index.html"), ("建议提案办理", "/col/col1229378/index.html"),
            ("政府信息公开指南", "/col/col1229379/index.html"), ("政府信息公开年报", "/col/col1229380/index.html")]),
        ("工作动态", "/col/col1229362/index.html", []),
        ("住房保障", "/col/col1229381/index.html", [
            ("公租房", "/col/col1229382/index.html"), ("保障性租赁住房", "/col/col1229383/index.html"),
            ("住房公积金", "/col/col1229384/index.html")]),
        ("建筑市场", "/col/col1229385/index.html", [
            ("资质管理", "/col/col1229386/index.html"), ("质量安全", "/col/col1229387/index.html"),
            ("信用评价", "/col/col1229388/index.html")]),
        ("办事服务", "https://www.yunlingzwfw.gov.cn/col/col3185612/index.html?areacode=331127", []),
        ("互动交流", "/col/col1229389/index.html", [
            ("县长信箱", "https://www.zhexi.gov.cn/col/col1228999/index.html"),
            ("12345政务服务热线", "https://12345.yunling.gov.cn/")]),
    ])
    return f"""<body>
<div class="top-bar"><div class="w1200 clearfix">
<div class="fl"><span id="nowDate"></span>　欢迎访问柘溪县住房和城乡建设局</div>
<div class="fr"><a href="javascript:void(0);" id="wzaBtn">无障碍</a><a href="javascript:void(0);" id="oldBtn">长者模式</a>
<a href="https://www.yunlingzwfw.gov.cn/" target="_blank">云岭政务服务网</a><a href="/" target="_blank">柘溪县人民政府</a>
<a href="javascript:void(0);" onclick="loginWindow();">登录</a>|<a href="https://uc.yunlingzwfw.gov.cn/reg.html" target="_blank">注册</a></div>
</div></div>
<div class="header"><div class="w1200 clearfix">
<div class="logo"><a href="{A_HOME}"><img src="/picture/0/2111151532117283741.png" alt="柘溪县住房和城乡建设局" /></a></div>
<div class="search"><input type="text" class="txt" id="q" placeholder="请输入关键字" /><input type="button" class="btn" id="searchBtn" value="搜 索" /></div>
</div></div>
{menu}
"""


def _a_footer() -> str:
    return province_friend_links() + conac_footer(
        "柘溪县住房和城乡建设局", "3311270001", "云ICP备05012345号-1", "33112702000101",
        extra="地址：柘溪县柘城街道人民路88号　联系电话：0578-8212345") + ELDER_JS + CLOCK_JS + TONGJI + WZA + SPLIT_TEMPLATE_JS + "</body>\n</html>\n"


def _a_box(title: str, items: list[Item], n: int, datefmt: str = "%Y-%m-%d") -> str:
    cid = A_COLS[title]
    return f"""<div class="box" id="box{cid}">
<div class="box-hd clearfix"><h3><a href="/col/col{cid}/index.html">{title}</a></h3><a class="more" href="/col/col{cid}/index.html" target="_blank">更多&gt;&gt;</a></div>
<div class="box-bd"><ul class="list">
{li_span(items[:n], datefmt)}
</ul></div></div>
"""


def _a_datastore_box(title: str, items: list[Item], n: int, unitid: int) -> str:
    """A homepage list module rendered by the platform's jpage proxy."""
    cid = A_COLS[title]
    recs = "\n".join(
        f'<record><![CDATA[\n<li><a href="{u}" title="{esc(t)}" target="_blank">{t}</a><span>{d:%Y-%m-%d}</span></li>\n]]></record>'
        for t, d, u in items[:n]
    )
    return f"""<div class="box" id="box{cid}">
<div class="box-hd clearfix"><h3><a href="/col/col{cid}/index.html">{title}</a></h3><a class="more" href="/col/col{cid}/index.html" target="_blank">更多&gt;&gt;</a></div>
<div class="box-bd"><ul class="list" id="{unitid}">
<script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=3121&path=/&columnid={cid}&unitid={unitid}&webname=%E6%9F%98%E6%BA%AA%E5%8E%BF&permissiontype=0"></a>]]></nextgroup>
<recordset>
{recs}
</recordset></datastore></script>
<script language="javascript" src="/module/web/jpage/jpage.js"></script>
<script>var x = new jpage({{datastore:"{unitid}",perpage:{n},pagestyle:"none"}});</script>
</ul></div></div>
"""


def _a_home() -> str:
    banner = "\n".join(
        f'<li><a href="{u}" target="_blank"><img src="/picture/0/{2211000 + i}.jpg" alt="{esc(t)}" /><p>{t}</p></a></li>'
        for i, (t, d, u) in enumerate(A_NEWS[:5])
    )
    services = "".join(
        f'<li><a href="https://www.yunlingzwfw.gov.cn/art/2025/3/{i + 1}/art_2189_{40000 + i}.html" target="_blank"><i class="ico ico{i}"></i><span>{s}</span></a></li>'
        for i, s in enumerate(["建筑业企业资质", "施工许可", "商品房预售许可", "竣工验收备案", "公租房申请", "物业备案", "燃气经营许可", "建筑垃圾处置"])
    )
    zt = "".join(
        f'<li><a href="/col/col{1229390 + i}/index.html" target="_blank"><img src="/picture/0/zt{i}.jpg" alt="{t}" /></a></li>'
        for i, t in enumerate(["学习贯彻党的二十届四中全会精神", "安全生产治本攻坚三年行动", "清廉住建", "优化营商环境"])
    )
    body = f"""
<div class="main w1200">
<div class="row1 clearfix">
<div class="slide fl"><ul class="slides">
{banner}
</ul><div class="slide-dots"></div></div>
<div class="fr w590">
{_a_box("工作动态", A_NEWS, 8)}
</div></div>
<div class="zt-banner"><a href="/col/col1229390/index.html"><img src="/picture/0/gg2026.jpg" alt="深入学习贯彻党的二十届四中全会精神" /></a></div>
<div class="row2 clearfix">
<div class="fl w590">{_a_datastore_box("通知公告", A_NOTICE, 7, 5895112)}</div>
<div class="fr w590">{_a_box("政策文件", A_POLICY, 7)}</div>
</div>
<div class="row3 clearfix">
<div class="fl w390">{_a_box("政策解读", A_JD, 6)}</div>
<div class="fl w390 ml20">{_a_box("人事信息", A_RS, 5)}</div>
<div class="fr w390">{_a_box("规划计划", A_GH, 5)}</div>
</div>
<div class="service"><div class="box-hd clearfix"><h3>办事服务</h3><a class="more" href="https://www.yunlingzwfw.gov.cn/col/col3185612/index.html?areacode=331127" target="_blank">更多&gt;&gt;</a></div>
<ul class="svc clearfix">{services}</ul></div>
<div class="zt"><div class="box-hd clearfix"><h3>专题专栏</h3></div><ul class="zt-list clearfix">{zt}</ul></div>
</div>
"""
    return _a_head("柘溪县住房和城乡建设局") + _a_header() + body + _a_footer()


def _a_colpage(title: str, items: list[Item]) -> str:
    cid = A_COLS[title]
    recs = "\n".join(
        f'<record><![CDATA[\n<li class="clearfix"><a href="{u}" title="{esc(t)}" target="_blank">{t}</a><span class="bt-data-time">{d:%Y-%m-%d}</span></li>\n]]></record>'
        for t, d, u in items
    )
    left = "".join(f'<li{ON if k == title else ""}><a href="/col/col{v}/index.html">{k}</a></li>' for k, v in A_COLS.items())
    body = f"""
<div class="main w1200 clearfix">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="{A_HOME}">柘溪县住房和城乡建设局</a> &gt; <a href="/col/col{cid}/index.html">{title}</a></div>
<div class="left-nav fl"><h2>政务公开</h2><ul>{left}</ul></div>
<div class="right-con fr">
<div class="con-tit"><h3>{title}</h3></div>
<div class="default_pgContainer" id="{cid + 4666000}">
<script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=3121&path=/&columnid={cid}&unitid={cid + 4666000}&webname=%E6%9F%98%E6%BA%AA%E5%8E%BF&permissiontype=0"></a>]]></nextgroup>
<recordset>
{recs}
</recordset></datastore></script>
<script language="javascript" src="/module/web/jpage/jpage.js"></script>
<script>var pageNo = 1; var jpage_{cid} = new jpage({{datastore:"{cid + 4666000}",perpage:15,pagestyle:"default"}});</script>
</div></div></div>
"""
    return _a_head(f"{title} 柘溪县人民政府", title, "普通栏目") + _a_header() + body + _a_footer()


def _a_article(title: str, d: _dt.date, column: str) -> str:
    body = f"""
<div class="main w1200">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="{A_HOME}">柘溪县住房和城乡建设局</a> &gt; <a href="/col/col{A_COLS.get(column, 1229362)}/index.html">{column}</a></div>
<div class="article">
<h1 class="art-tit">{title}</h1>
<div class="art-info">发布日期：{d:%Y-%m-%d} 09:{(d.day * 7) % 60:02d}　信息来源：柘溪县住房和城乡建设局　浏览次数：<span id="vc"></span><script>$("#vc").load("/module/visitcount/articlehits.jsp?colid=1229362&artid=59124561");</script>　字号：[<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<div class="art-con" id="zoom">
<p>　　{d.month}月{d.day}日，{title.replace("县住建局", "")}。会议（活动）由局主要负责人主持，局班子成员、各科室（单位）负责人参加。</p>
<p>　　会议指出，要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十届四中全会精神，统筹发展和安全，扎实推进住房城乡建设领域各项工作。</p>
<p>　　会议强调，要压紧压实责任，聚焦重点领域、关键环节，强化问题导向，确保各项任务落地见效。</p>
</div>
<div class="art-foot"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div></div>
"""
    head = _a_head(title, column, "文章").replace(
        '<meta name="Description"', f'<meta name="ArticleTitle" content="{esc(title)}">\n<meta name="PubDate" content="{d:%Y-%m-%d} 09:30">\n<meta name="ContentSource" content="柘溪县住房和城乡建设局">\n<meta name="Description"')
    return head + _a_header() + body + _a_footer()


A_PAGES: dict[str, str] = {A_HOME: _a_home()}
for _t, _its in (("工作动态", A_NEWS), ("通知公告", A_NOTICE), ("政策文件", A_POLICY),
                 ("政策解读", A_JD), ("人事信息", A_RS), ("规划计划", A_GH)):
    A_PAGES[f"/col/col{A_COLS[_t]}/index.html"] = _a_colpage(_t, _its)
for _p, (_t, _d, _c) in ARTICLES[A_HOST].items():
    A_PAGES[_p] = _a_article(_t, _d, _c)

SITE_A = Site(
    key="zhexi_zjj", host=A_HOST, url=f"http://{A_HOST}{A_HOME}", name="柘溪县住房和城乡建设局",
    charset="utf-8", pages=A_PAGES,
    full=DepthTruth("healthy", True, must_not=(
        "homepage_stale", "column_stale", "column_empty", "undated", "abandoned",
        "spam_content", "hidden_links", "offsite_redirect", "unanswered_messages")),
    home=DepthTruth("healthy", True, must_not=("homepage_stale", "undated", "abandoned", "spam_content", "hidden_links")),
    columns=[
        ColumnTruth("工作动态", ("news",), iso(A_NEWS[0][1]), stale=False),
        ColumnTruth("通知公告", ("notice",), iso(A_NOTICE[0][1]), stale=False,
                    why="on the homepage a jpage datastore; the column page too"),
        ColumnTruth("政策文件", ("policy",), iso(A_POLICY[0][1]), stale=False),
        ColumnTruth("政策解读", ("policy",), iso(A_JD[0][1]), stale=False),
        ColumnTruth("人事信息", ("personnel",), iso(A_RS[0][1]), stale=False),
        ColumnTruth("规划计划", ("planning",), iso(A_GH[0][1]), stale=False),
        ColumnTruth("办事服务", ("other",), "2025-03-08", stale=False,
                    why="an icon grid under a heading with a more link; its links' URLs on the "
                        "province's service site carry their pages' dates (/art/2025/3/8/)"),
    ],
    homepage_newest=iso(A_NEWS[0][1]),
    page_dates={A_NEWS[0][2]: iso(A_NEWS[0][1]), A_POLICY[1][2]: iso(A_POLICY[1][1])},
    notes="a sub-site whose homepage is a column URL of the county portal's host",
)


# =========================================================== B: 高新区管委会 (stale)
B_HOST = "www.lzgxq.gov.cn"
B_NEWS_T = [
    "高新区召开2026年第三季度经济运行分析会", "鹭洲高新区3家企业入选省级专精特新“小巨人”名单",
    "管委会主要领导带队走访园区重点企业", "高新区举行重大项目集中开工仪式",
    "鹭洲高新区获评省级数字化改革优秀案例", "高新区开展安全生产大检查",
    "高新区召开“两新”党建工作推进会", "高新区智能制造产业园二期主体结顶",
    "高新区组织企业参加2026年中国国际工业博览会", "高新区开展优化营商环境专题调研",
    "鹭洲高新区科技企业孵化器通过国家级备案", "高新区召开安全生产专题会议",
    "高新区开展“企业服务月”活动", "高新区举办2026年度人才工作推进会",
]
B_ZS_T = [
    "高新区赴深圳开展新能源汽车零部件产业招商推介", "总投资25亿元！高新区新签约4个产业项目",
    "高新区与长三角某研究院签署战略合作协议", "高新区赴苏州开展精准招商",
    "高新区举行2026年第二批重点项目集中签约仪式", "投资20亿元的半导体封测项目落户高新区",
    "高新区招商引资政策问答", "高新区举办生物医药产业招商对接会",
]
B_QY_T = [
    "关于开展2026年度高新技术企业认定申报工作的通知（申报截止：2026年12月15日）",
    "高新区企业服务中心“帮办代办”服务指南", "关于兑现2025年度产业扶持资金的公示",
    "关于组织申报2026年省级工业和信息化专项资金的通知", "高新区惠企政策汇编（2026版）",
    "关于开展规上工业企业统计培训的通知", "高新区企业用工对接会报名通知",
]
B_TZ_T = [
    "鹭洲高新区管委会关于2026年国庆节期间安全生产工作的通知", "关于鹭洲高新区标准厂房租赁价格的公告",
    "关于公开征集2027年度民生实事项目建议的公告", "鹭洲高新区管委会关于公开选聘法律顾问的公告",
    "关于2026年上半年企业安全生产标准化达标名单的公示", "关于高新区道路临时交通管制的通告",
    "关于开展消防安全隐患排查整治的通知", "高新区2026年度“十佳企业”评选结果公示",
]
B_ZC_T = [
    "鹭洲高新区关于促进数字经济高质量发展的若干政策", "鹭洲高新区人才引进和培育实施办法",
    "鹭洲高新区科技创新券管理办法（试行）", "鹭洲高新区关于支持企业上市挂牌的实施意见",
    "鹭洲高新区标准厂房建设管理办法", "鹭洲高新区产业发展专项资金管理办法",
]
B_RC_T = [
    "鹭洲高新区管委会2026年公开招聘编外工作人员公告", "鹭洲高新区国有企业2026年公开招聘工作人员公告",
    "鹭洲高新区管委会2025年公开招聘编外工作人员拟聘用人员公示", "鹭洲高新区2025年公开选调工作人员公告",
]
B_NEWS = trs_items("/xwzx/yqdt/", B_NEWS_T, spaced(29, 14, [6, 8, 11, 5]), 4512377)
B_ZS = trs_items("/tzcj/zsyz/", B_ZS_T, spaced(42, 8, [20, 31, 25]), 4498870)
B_QY = trs_items("/qyfw/", B_QY_T, spaced(36, 7, [25, 40, 33]), 4503119)
B_TZ = trs_items("/xwzx/tzgg/", B_TZ_T, spaced(55, 8, [30, 26, 44]), 4490021)
B_ZC = trs_items("/zwgk/zcwj/", B_ZC_T, spaced(148, 6, [70, 90, 120]), 4420311)
B_RC = trs_items("/zwgk/rsxx/", B_RC_T, spaced(198, 4, [150, 200]), 4380201)
for _its, _c in ((B_NEWS, "园区动态"), (B_ZS, "招商引资"), (B_QY, "企业服务"), (B_TZ, "通知公告"),
                 (B_ZC, "政策文件"), (B_RC, "人才招聘")):
    remember(B_HOST, _its, _c)
B_COLURL = {"园区动态": "/xwzx/yqdt/", "招商引资": "/tzcj/zsyz/", "企业服务": "/qyfw/",
            "通知公告": "/xwzx/tzgg/", "政策文件": "/zwgk/zcwj/", "人才招聘": "/zwgk/rsxx/"}


def _b_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<meta name="keywords" content="鹭洲高新区,高新技术产业开发区,招商引资,产业园区" />
<meta name="description" content="鹭洲高新技术产业开发区管理委员会官方网站" />
<link href="/images/2023/css/style.css" rel="stylesheet" type="text/css" />
<link href="/images/2023/css/swiper.min.css" rel="stylesheet" type="text/css" />
{COMMON_CSS}{JQ}<script src="/images/2023/js/swiper.min.js"></script>
</head>
"""


def _b_header() -> str:
    menu = mega_menu([
        ("首页", "/", []),
        ("走进高新", "/zjgx/", [("高新概况", "/zjgx/gxgk/"), ("领导之窗", "/zjgx/ldzc/"), ("机构设置", "/zjgx/jgsz/"), ("发展规划", "/zjgx/fzgh/")]),
        ("新闻中心", "/xwzx/", [("园区动态", "/xwzx/yqdt/"), ("通知公告", "/xwzx/tzgg/"), ("媒体聚焦", "/xwzx/mtjj/"), ("视频高新", "/xwzx/spgx/")]),
        ("投资高新", "/tzcj/", [("招商引资", "/tzcj/zsyz/"), ("投资环境", "/tzcj/tzhj/"), ("产业载体", "/tzcj/cyzt/"), ("招商地图", "/tzcj/zsdt/")]),
        ("企业服务", "/qyfw/", [("惠企政策", "/qyfw/hqzc/"), ("帮办代办", "/qyfw/bbdb/"), ("融资服务", "/qyfw/rzfw/")]),
        ("政务公开", "/zwgk/", [("政策文件", "/zwgk/zcwj/"), ("人才招聘", "/zwgk/rsxx/"), ("财政信息", "/zwgk/czxx/"), ("政府信息公开指南", "/zwgk/gkzn/")]),
        ("党建园地", "/djyd/", []),
        ("互动交流", "/hdjl/", [("主任信箱", "/hdjl/zrxx/"), ("在线咨询", "/hdjl/zxzx/")]),
    ])
    return f"""<body>
<div class="top-bar"><div class="w1200 clearfix"><div class="fl">今天是：2026年11月26日 星期四　<span class="weather">鹭洲 晴 6~17℃</span></div>
<div class="fr"><a href="javascript:;" class="wza">无障碍浏览</a><a href="/en/">English</a><a href="/sitemap/">网站地图</a></div></div></div>
<div class="header"><div class="w1200 clearfix"><div class="logo"><a href="/"><img src="/images/2023/logo.png" alt="鹭洲高新技术产业开发区管理委员会" /></a></div>
<div class="search"><form action="/was5/web/search" method="get" target="_blank"><input type="hidden" name="channelid" value="282341" /><input class="txt" name="searchword" placeholder="请输入关键字" /><input type="submit" class="btn" value="搜索" /></form></div></div></div>
{menu}
"""


def _b_footer() -> str:
    return province_friend_links() + conac_footer(
        "鹭洲高新技术产业开发区管理委员会", "4107000012", "云ICP备12034567号", "41070202000321",
        extra="地址：鹭洲市高新区科技大道1号　邮编：453000　电话：0373-3681000") + TONGJI + SPLIT_TEMPLATE_JS + "</body>\n</html>\n"


def _b_box(title: str, items: list[Item], n: int) -> str:
    u = B_COLURL[title]
    return f"""<div class="box">
<div class="box-hd clearfix"><h3>{title}</h3><a class="more" href="{u}">更多 +</a></div>
<ul class="list">
{li_span(items[:n])}
</ul></div>
"""


def _b_home() -> str:
    slides = "\n".join(
        f'<div class="swiper-slide"><a href="{u}" target="_blank"><img src="/images/2026/banner{i}.jpg" alt="{esc(t)}" /></a><div class="swiper-tit">{t}</div></div>'
        for i, (t, d, u) in enumerate(B_NEWS[:4])
    )
    econ = """<div class="econ"><div class="box-hd clearfix"><h3>经济运行</h3><span class="econ-note">数据截至2026年10月</span></div>
<ul class="econ-list clearfix">
<li><b>386.5</b><span>规上工业总产值（亿元）</span><i>同比增长 8.6%</i></li>
<li><b>127</b><span>高新技术企业（家）</span></li>
<li><b>95.2</b><span>固定资产投资（亿元）</span><i>同比增长 6.1%</i></li>
<li><b>18</b><span>在建亿元以上项目（个）</span></li>
</ul></div>
"""
    conf = """<div class="adv"><a href="/xwzx/zt2026kjdh/" target="_blank"><img src="/images/2026/kjdh.jpg" alt="2026中国（鹭洲）科技成果转化大会" /></a>
<p class="adv-txt">2026中国（鹭洲）科技成果转化大会将于2026年12月8日在鹭洲国际会展中心举行　<a href="/xwzx/zt2026kjdh/">点击报名</a></p></div>
"""
    carriers = "".join(
        f'<li><a href="/tzcj/cyzt/{i}.html"><img src="/images/2023/cy{i}.jpg" alt="{n}" /><span>{n}</span></a></li>'
        for i, n in enumerate(["智能制造产业园", "生物医药产业园", "新材料产业园", "数字经济产业园", "科技企业孵化器", "人才公寓"])
    )
    body = f"""
<div class="banner"><div class="swiper-container"><div class="swiper-wrapper">
{slides}
</div><div class="swiper-pagination"></div></div></div>
<div class="main w1200">
<div class="row clearfix"><div class="fl w590">{_b_box("园区动态", B_NEWS, 8)}</div><div class="fr w590">{_b_box("通知公告", B_TZ, 8)}</div></div>
{conf}
<div class="row clearfix"><div class="fl w590">{_b_box("招商引资", B_ZS, 6)}</div><div class="fr w590">{_b_box("企业服务", B_QY, 6)}</div></div>
{econ}
<div class="row clearfix"><div class="fl w590">{_b_box("政策文件", B_ZC, 6)}</div><div class="fr w590">{_b_box("人才招聘", B_RC, 4)}</div></div>
<div class="cyzt"><div class="box-hd clearfix"><h3>产业载体</h3><a class="more" href="/tzcj/cyzt/">更多 +</a></div><ul class="clearfix">{carriers}</ul></div>
</div>
<script>var mySwiper = new Swiper(".swiper-container",{{autoplay:{{delay:4000}},loop:true,pagination:{{el:".swiper-pagination",clickable:true}}}});</script>
"""
    return _b_head("鹭洲高新技术产业开发区管理委员会") + _b_header() + body + _b_footer()


def _b_colpage(title: str, items: list[Item]) -> str:
    rows = li_span(items)
    body = f"""
<div class="main w1200 clearfix">
<div class="location">您当前的位置：<a href="/">首页</a> &gt; {title}</div>
<div class="right-con"><div class="con-tit"><h3>{title}</h3></div>
<ul class="list list-page">
{rows}
</ul>
<div class="page"><script>createPageHTML(1, 0, "index", "html");</script></div>
</div></div>
"""
    return _b_head(f"{title}_鹭洲高新技术产业开发区管理委员会") + _b_header() + body + _b_footer()


def _trs_article(head_fn, header_fn, footer_fn, org: str, title: str, d: _dt.date, column: str) -> str:
    body = f"""
<div class="main w1200"><div class="location">您当前的位置：<a href="/">首页</a> &gt; {column} &gt; 正文</div>
<div class="article"><h1>{title}</h1>
<div class="info"><span>来源：{org}</span><span>发布时间：{d:%Y-%m-%d} 16:{(d.day * 3) % 60:02d}</span><span>字体：[<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>]</span></div>
<div class="TRS_Editor"><p>　　{d.year}年{d.month}月{d.day}日，{title}。</p><p>　　据了解，相关工作将持续推进，进一步提升服务质效。下一步，将坚持问题导向，细化工作措施，确保各项任务按期完成。</p></div>
</div></div>
"""
    head = head_fn(title).replace("</head>", f'<meta name="PubDate" content="{d:%Y-%m-%d} 16:20" />\n<meta name="ColumnName" content="{column}" />\n</head>')
    return head + header_fn() + body + footer_fn()


B_PAGES: dict[str, str] = {"/": _b_home()}
for _t, _its in (("园区动态", B_NEWS), ("招商引资", B_ZS), ("企业服务", B_QY), ("通知公告", B_TZ),
                 ("政策文件", B_ZC), ("人才招聘", B_RC)):
    B_PAGES[B_COLURL[_t]] = _b_colpage(_t, _its)
for _p, (_t, _d, _c) in ARTICLES[B_HOST].items():
    B_PAGES[_p] = _trs_article(_b_head, _b_header, _b_footer, "鹭洲高新区管委会", _t, _d, _c)

SITE_B = Site(
    key="lzgxq", host=B_HOST, url=f"http://{B_HOST}/", name="鹭洲高新技术产业开发区管理委员会",
    charset="utf-8", pages=B_PAGES,
    full=DepthTruth("stale", False, must=("homepage_stale", "column_stale"),
                    must_not=("abandoned", "column_empty", "spam_content", "hidden_links", "future_dated")),
    home=DepthTruth("stale", False, must=("homepage_stale",), must_not=("abandoned", "spam_content")),
    columns=[
        ColumnTruth("园区动态", ("news",), iso(B_NEWS[0][1]), stale=True),
        ColumnTruth("通知公告", ("notice",), iso(B_TZ[0][1]), stale=False),
        ColumnTruth("招商引资", ("other", "news"), iso(B_ZS[0][1]), stale=None,
                    why="investment-promotion reports; no inspectors' class, news at a stretch"),
        ColumnTruth("企业服务", ("other",), iso(B_QY[0][1]), stale=False,
                    why="its newest is dated 36 days ago; the 申报截止 2026-12-15 in a title is a deadline"),
        ColumnTruth("政策文件", ("policy",), iso(B_ZC[0][1]), stale=False),
        ColumnTruth("人才招聘", ("personnel",), iso(B_RC[0][1]), stale=False),
        ColumnTruth("产业载体", ("other",), None, stale=False,
                    why="a box of park cards under a heading with a more link: a column of no class"),
    ],
    homepage_newest=iso(B_NEWS[0][1]),
    page_dates={B_NEWS[0][2]: iso(B_NEWS[0][1])},
    notes="the header's server-written 今天是2026年11月26日, the conference 将于2026年12月8日举行 and 数据截至2026年10月 are no updates",
)


# =========================================================== C: 政府信息公开 platform
C_HOST = "xxgk.qiaoling.gov.cn"
C_ZC_T = [
    "樵岭县人民政府关于印发樵岭县国土空间总体规划（2021—2035年）实施方案的通知",
    "樵岭县人民政府办公室关于印发樵岭县促进民营经济高质量发展若干措施的通知",
    "樵岭县人民政府关于公布县级行政许可事项清单（2026年版）的通知",
    "樵岭县人民政府办公室关于进一步加强城乡居民医疗保障工作的通知",
    "樵岭县人民政府关于调整城乡居民最低生活保障标准的通知",
    "樵岭县人民政府办公室关于印发樵岭县防汛抗旱应急预案的通知",
    "樵岭县人民政府关于印发樵岭县优化营商环境三年行动方案的通知",
    "樵岭县人民政府办公室关于做好2026年春耕生产工作的通知",
    "樵岭县人民政府关于划定禁止燃放烟花爆竹区域的通告",
    "樵岭县人民政府办公室关于印发樵岭县政务服务“一网通办”实施方案的通知",
]
C_JD_T = [
    "【图解】《樵岭县促进民营经济高质量发展若干措施》", "【视频解读】县长解读2026年县政府工作报告",
    "《樵岭县国土空间总体规划实施方案》政策解读", "一图读懂：樵岭县行政许可事项清单（2026年版）",
    "【文字解读】《关于调整城乡居民最低生活保障标准的通知》", "【图解】樵岭县防汛抗旱应急预案",
    "《樵岭县优化营商环境三年行动方案》解读", "【视频解读】“一网通办”怎么办？",
]
C_GS_T = [
    "樵岭县2026年第四批建设用地征收土地公告", "樵岭县2026年度县级财政衔接推进乡村振兴补助资金项目公示",
    "关于樵岭县城南污水处理厂扩建项目环境影响评价的公示", "樵岭县2026年度农机购置补贴资金兑付公示",
    "樵岭县关于2026年第三季度“双随机、一公开”抽查结果的公告", "樵岭县城乡居民低保对象名单公示（2026年10月）",
    "樵岭县国有建设用地使用权挂牌出让公告", "樵岭县2026年秋季学期学生资助名单公示",
]
C_NB_T = [
    "樵岭县人民政府2025年政府信息公开工作年度报告", "樵岭县人民政府2024年政府信息公开工作年度报告",
    "樵岭县人民政府2023年政府信息公开工作年度报告", "樵岭县人民政府2022年政府信息公开工作年度报告",
    "樵岭县人民政府2021年政府信息公开工作年度报告",
]
C_RS_T = [
    "樵岭县人民政府关于李某某等同志职务任免的通知", "樵岭县2026年公开招聘事业单位工作人员拟聘用人员公示",
    "樵岭县2026年公开招聘事业单位工作人员公告", "樵岭县人民政府关于王某某同志任职的通知",
    "樵岭县2025年公开招聘社区工作者公告",
]
C_GH_T = [
    "樵岭县2026年国民经济和社会发展计划", "樵岭县国民经济和社会发展第十五个五年规划纲要（草案）征求意见",
    "樵岭县2025年国民经济和社会发展计划执行情况", "樵岭县2025年国民经济和社会发展计划",
]
C_CZ_T = [
    "樵岭县2026年县级部门预算公开", "樵岭县2025年县级财政决算公开", "樵岭县2026年政府预算公开",
    "樵岭县2025年“三公”经费预算说明",
]
C_ZC = query_items("/xxgk/zcwj/content.html?id=", C_ZC_T, spaced(6, 10, [12, 17, 23, 30]), 29811)
C_JD = query_items("/xxgk/zcjd/content.html?id=", C_JD_T, spaced(5, 8, [9, 14, 21]), 29822)
C_GS = query_items("/xxgk/gsgg/content.html?id=", C_GS_T, spaced(1, 8, [3, 5, 6, 4]), 29850)
C_NB = [(t, _dt.date(2026 - i, 1, 29 - i), f"/xxgk/gknb/content.html?id={28001 - i * 311}") for i, t in enumerate(C_NB_T)]
C_RS = query_items("/xxgk/rsxx/content.html?id=", C_RS_T, spaced(48, 5, [40, 60, 90]), 29702)
C_GH = query_items("/xxgk/ghjh/content.html?id=", C_GH_T, spaced(271, 4, [30, 330, 40]), 28450)
C_CZ = query_items("/xxgk/czyjs/content.html?id=", C_CZ_T, spaced(289, 4, [60, 20, 40]), 28410)
for _its, _c in ((C_ZC, "政策文件"), (C_JD, "政策解读"), (C_GS, "公示公告"), (C_NB, "政府信息公开年报"),
                 (C_RS, "人事信息"), (C_GH, "规划计划"), (C_CZ, "财政预决算")):
    remember(C_HOST, _its, _c)
C_COLURL = {"政策文件": "/xxgk/zcwj/", "政策解读": "/xxgk/zcjd/", "公示公告": "/xxgk/gsgg/",
            "政府信息公开年报": "/xxgk/gknb/", "人事信息": "/xxgk/rsxx/", "规划计划": "/xxgk/ghjh/",
            "财政预决算": "/xxgk/czyjs/"}


def _c_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<title>{title}</title>
<meta name="SiteName" content="樵岭县人民政府">
<meta name="SiteIDCode" content="3408260001">
<link rel="stylesheet" href="/xxgk/static/css/xxgk.css?v=20240618">
{COMMON_CSS}{JQ}<script src="/xxgk/static/js/xxgk.js?v=20240618"></script>
</head>
"""


def _c_header() -> str:
    return """<body class="xxgk">
<div class="top-bar"><div class="w1200 clearfix"><div class="fl">樵岭县人民政府 政府信息公开</div>
<div class="fr"><a href="https://www.qiaoling.gov.cn/">县政府门户网站</a><a href="javascript:;" class="wza">无障碍</a><a href="javascript:;" class="old">适老化</a></div></div></div>
<div class="header xxgk-hd"><div class="w1200 clearfix"><div class="logo"><a href="/"><img src="/xxgk/static/images/logo.png" alt="樵岭县人民政府 政府信息公开"></a></div>
<div class="search"><form action="/xxgk/search.html" method="get"><input class="txt" name="keyword" placeholder="搜索政府信息"><select name="type"><option value="title">标题</option><option value="wh">文号</option></select><input type="submit" class="btn" value="检索"></form></div></div></div>
<div class="nav"><ul class="nav-ul clearfix">
<li class="nav-li"><a class="nav-a" href="/">信息公开首页</a></li>
<li class="nav-li"><a class="nav-a" href="/xxgk/gkzn/">政府信息公开指南</a></li>
<li class="nav-li"><a class="nav-a" href="/xxgk/gkzd/">政府信息公开制度</a></li>
<li class="nav-li"><a class="nav-a" href="/xxgk/fdzdgknr/">法定主动公开内容</a></li>
<li class="nav-li"><a class="nav-a" href="/xxgk/ysqgk/">依申请公开</a></li>
<li class="nav-li"><a class="nav-a" href="/xxgk/gknb/">政府信息公开年报</a></li>
</ul></div>
"""


def _c_footer() -> str:
    return conac_footer("樵岭县人民政府办公室", "3408260001", "云ICP备09012345号", "34082602000011",
                        extra="承办：樵岭县数据资源管理局　联系电话：0556-4212000") + TONGJI + SPLIT_TEMPLATE_JS + "</body>\n</html>\n"


def _c_tree() -> str:
    units = ["县政府办公室", "县发展和改革委员会", "县教育局", "县科技商务经信局", "县公安局", "县民政局",
             "县司法局", "县财政局", "县人力资源和社会保障局", "县自然资源和规划局", "县住房和城乡建设局",
             "县交通运输局", "县农业农村水利局", "县文化旅游体育局", "县卫生健康委员会", "县退役军人事务局",
             "县应急管理局", "县审计局", "县市场监督管理局", "县统计局", "县医疗保障局", "县林业局",
             "城关镇", "石门镇", "樵山镇", "岭南乡", "青松乡", "高河镇", "新店乡", "柳林乡"]
    lis = "".join(f'<li><a href="/xxgk/unit/{i + 100}/">{u}</a></li>' for i, u in enumerate(units))
    fd = [("机构职能", "/xxgk/jgzn/"), ("政策文件", "/xxgk/zcwj/"), ("政策解读", "/xxgk/zcjd/"), ("公示公告", "/xxgk/gsgg/"),
          ("规划计划", "/xxgk/ghjh/"), ("财政预决算", "/xxgk/czyjs/"), ("人事信息", "/xxgk/rsxx/"), ("重大建设项目", "/xxgk/zdjsxm/"),
          ("公共资源配置", "/xxgk/ggzypz/"), ("社会公益事业", "/xxgk/shgysy/"), ("行政执法公示", "/xxgk/xzzfgs/"), ("建议提案办理", "/xxgk/jyta/")]
    fdl = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in fd)
    return f"""<div class="xxgk-left fl">
<div class="tree-box"><h3>法定主动公开内容</h3><ul class="tree">{fdl}</ul></div>
<div class="tree-box"><h3>公开目录（按部门）</h3><ul class="tree unit-tree">{lis}</ul></div>
</div>
"""


def _c_box(title: str, items: list[Item], n: int) -> str:
    return f"""<div class="box"><div class="box-hd clearfix"><h3>{title}</h3><a class="more" href="{C_COLURL[title]}">更多&gt;</a></div>
<ul class="list">
{li_span(items[:n])}
</ul></div>
"""


def _c_home() -> str:
    jd_tabs = f"""<div class="box tab-box"><div class="box-hd clearfix"><h3>政策解读</h3><a class="more" href="/xxgk/zcjd/">更多&gt;</a></div>
<ul class="sub-tab clearfix"><li class="on">全部</li><li><a href="/xxgk/zcjd/wzjd/">文字解读</a></li><li><a href="/xxgk/zcjd/tjjd/">图解</a></li><li><a href="/xxgk/zcjd/spjd/">视频解读</a></li></ul>
<div class="jd-top"><a href="{C_JD[1][2]}"><img src="/xxgk/upload/2026/spjd.jpg" alt="视频解读"><i class="play"></i></a></div>
<ul class="list">
{li_span(C_JD[:7])}
</ul></div>
"""
    guide = """<div class="gkzn"><div class="box-hd clearfix"><h3>政府信息公开指南</h3><a class="more" href="/xxgk/gkzn/">查看全文&gt;</a></div>
<p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。本指南每年更新。需要获得本机关政府信息公开服务的公民、法人或者其他组织，建议阅读本指南。</p>
<ul class="gkzn-nav clearfix"><li><a href="/xxgk/gkzn/#a1">一、主动公开</a></li><li><a href="/xxgk/gkzn/#a2">二、依申请公开</a></li><li><a href="/xxgk/gkzn/#a3">三、监督和救济</a></li></ul></div>
"""
    ysq = """<div class="ysq"><div class="box-hd clearfix"><h3>依申请公开</h3></div>
<ul class="ysq-list clearfix"><li><a href="/xxgk/ysqgk/sqsm/">申请说明</a></li><li><a href="https://www.qiaoling.gov.cn/ysqgk/apply.do" target="_blank">在线申请</a></li>
<li><a href="/xxgk/ysqgk/sqb.doc">申请表下载</a></li><li><a href="https://www.qiaoling.gov.cn/ysqgk/query.do" target="_blank">申请查询</a></li></ul>
<p class="ysq-tel">受理机构：樵岭县人民政府办公室（地址：樵岭县城关镇府前路1号，办公时间：工作日上午8:30-12:00，下午14:30-17:30）</p></div>
"""
    body = f"""
<div class="main w1200 clearfix">
{_c_tree()}
<div class="xxgk-right fr">
{guide}
<div class="row clearfix"><div class="fl w460">{_c_box("政策文件", C_ZC, 7)}</div><div class="fr w460">{jd_tabs}</div></div>
<div class="row clearfix"><div class="fl w460">{_c_box("公示公告", C_GS, 7)}</div><div class="fr w460">{_c_box("人事信息", C_RS, 5)}</div></div>
<div class="row clearfix"><div class="fl w460">{_c_box("规划计划", C_GH, 4)}</div><div class="fr w460">{_c_box("财政预决算", C_CZ, 4)}</div></div>
<div class="row clearfix"><div class="fl w460">{_c_box("政府信息公开年报", C_NB, 5)}</div><div class="fr w460">{ysq}</div></div>
</div></div>
"""
    return _c_head("樵岭县人民政府信息公开") + _c_header() + body + _c_footer()


def _c_colpage(title: str, items: list[Item]) -> str:
    rows = "\n".join(
        f'<tr><td class="xh">{i + 1}</td><td class="bt"><a href="{u}" target="_blank" title="{esc(t)}">{t}</a></td>'
        f'<td class="wh">樵政{"办" if i % 2 else ""}〔{d.year}〕{10 + i}号</td><td class="rq">{d:%Y-%m-%d}</td></tr>'
        for i, (t, d, u) in enumerate(items)
    )
    body = f"""
<div class="main w1200 clearfix">
{_c_tree()}
<div class="xxgk-right fr"><div class="location">当前位置：<a href="/">信息公开</a> &gt; <a href="/xxgk/fdzdgknr/">法定主动公开内容</a> &gt; {title}</div>
<table class="xxgk-table" width="100%"><thead><tr><th>序号</th><th>标题</th><th>文号</th><th>发布日期</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<div class="pager">共{len(items)}条　第1/1页　<a href="javascript:;">首页</a> <a href="javascript:;">上一页</a> <a href="javascript:;">下一页</a> <a href="javascript:;">尾页</a></div>
</div></div>
"""
    return _c_head(f"{title}-樵岭县人民政府信息公开") + _c_header() + body + _c_footer()


def _c_article(title: str, d: _dt.date, column: str) -> str:
    body = f"""
<div class="main w1200"><div class="location">当前位置：<a href="/">信息公开</a> &gt; {column}</div>
<table class="xxgk-meta" width="100%">
<tr><th>索引号：</th><td>11341826MB1A23456X/2026-{d:%m%d}01</td><th>主题分类：</th><td>综合政务</td></tr>
<tr><th>发布机构：</th><td>樵岭县人民政府办公室</td><th>成文日期：</th><td>{(d - _dt.timedelta(days=3)):%Y-%m-%d}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{title}</td></tr>
<tr><th>文　　号：</th><td>樵政办〔{d.year}〕{d.day}号</td><th>发布日期：</th><td>{d:%Y-%m-%d}</td></tr>
<tr><th>有 效 性：</th><td colspan="3">有效</td></tr>
</table>
<div class="article"><h1>{title}</h1><div class="con"><p>各乡镇人民政府，县政府各部门、各直属机构：</p><p>　　现将有关事项通知如下，请认真贯彻执行。</p>
<p style="text-align:right">樵岭县人民政府办公室</p><p style="text-align:right">{(d - _dt.timedelta(days=3)).year}年{(d - _dt.timedelta(days=3)).month}月{(d - _dt.timedelta(days=3)).day}日</p></div></div></div>
"""
    return _c_head(title) + _c_header() + body + _c_footer()


C_PAGES: dict[str, str] = {"/": _c_home()}
for _t, _its in (("政策文件", C_ZC), ("政策解读", C_JD), ("公示公告", C_GS), ("政府信息公开年报", C_NB),
                 ("人事信息", C_RS), ("规划计划", C_GH), ("财政预决算", C_CZ)):
    C_PAGES[C_COLURL[_t]] = _c_colpage(_t, _its)
for _p, (_t, _d, _c) in ARTICLES[C_HOST].items():
    C_PAGES[_p] = _c_article(_t, _d, _c)

SITE_C = Site(
    key="qiaoling_xxgk", host=C_HOST, url=f"http://{C_HOST}/", name="樵岭县人民政府信息公开",
    charset="utf-8", pages=C_PAGES,
    full=DepthTruth("healthy", True, must_not=(
        "homepage_stale", "column_stale", "column_empty", "undated", "abandoned", "spam_content", "hidden_links")),
    home=DepthTruth("healthy", True, must_not=("homepage_stale", "undated", "abandoned")),
    columns=[
        ColumnTruth("政策文件", ("policy",), iso(C_ZC[0][1]), stale=False),
        ColumnTruth("政策解读", ("policy",), iso(C_JD[0][1]), stale=False,
                    why="文字解读/图解/视频解读 are its sub-tabs, linked to their own pages"),
        ColumnTruth("公示公告", ("notice",), iso(C_GS[0][1]), stale=False),
        ColumnTruth("人事信息", ("personnel",), iso(C_RS[0][1]), stale=False),
        ColumnTruth("规划计划", ("planning",), iso(C_GH[0][1]), stale=False),
        ColumnTruth("财政预决算", ("finance",), iso(C_CZ[0][1]), stale=False),
        ColumnTruth("政府信息公开年报", ("other", "planning", "statistics", "finance"), iso(C_NB[0][1]), stale=False,
                    why="one report a year, due by 31 January: a yearly column; 300 days old is current, "
                        "so it is no news/notice/policy column (which would call it stale)"),
    ],
    homepage_newest=iso(C_GS[0][1]),
    page_dates={C_ZC[0][2]: iso(C_ZC[0][1])},
    notes="the article's 成文日期 (3 days before) is not its publication date",
)


# =========================================================== D: 乡村振兴 专题 (TRS, stale)
D_HOST = "www.yunxi.gov.cn"
D_BASE = "/ztzl/xczx/"
D_NEWS_T = [
    "云溪县召开2026年巩固拓展脱贫攻坚成果推进会", "县乡村振兴局开展防返贫动态监测集中排查",
    "云溪县“和美乡村”建设现场推进会在石桥镇召开", "云溪县举办2026年农民丰收节活动",
    "县委主要领导调研乡村振兴重点村建设", "云溪县2026年衔接资金项目开工率达98%",
    "云溪县开展驻村第一书记培训班", "云溪县召开消费帮扶工作推进会",
    "云溪县开展农村人居环境整治“回头看”", "云溪县召开乡村振兴领导小组第三次会议",
    "云溪县举办高素质农民培训班", "云溪县乡村振兴示范带建设加快推进",
]
D_ZC_T = [
    "云溪县2026年巩固拓展脱贫攻坚成果同乡村振兴有效衔接实施方案", "云溪县防止返贫动态监测和帮扶工作实施细则",
    "云溪县财政衔接推进乡村振兴补助资金管理办法", "云溪县2026年“和美乡村”建设实施方案",
    "云溪县脱贫人口小额信贷工作实施方案", "云溪县2026年度衔接资金项目库建设指导意见",
]
D_AL_T = [
    "石桥镇：小香菇撑起致富“伞”", "青峰村：“村集体+合作社+农户”模式带动增收",
    "白沙村：乡村旅游让古村焕发新活力", "溪口镇：电商直播助农产品“出山”",
    "龙潭村：党建引领推动产业振兴",
]
D_ZC_BF_T = [
    "县农业农村局驻青峰村工作队开展秋收帮扶", "驻村工作队助力白沙村茶叶产销对接",
    "县财政局驻村工作队开展入户走访", "驻村第一书记带领村民发展林下经济",
    "县卫健委驻村工作队开展义诊活动",
]
D_TZ_T = [
    "关于2026年度云溪县衔接推进乡村振兴补助资金项目计划的公示", "关于公布2026年度防返贫监测对象识别结果的公告",
    "关于开展2026年度乡村振兴重点帮扶村考核工作的通知", "关于2026年第二批雨露计划补助资金发放的公示",
    "关于调整2026年度县级衔接资金项目的公示",
]
D_NEWS = trs_items(D_BASE + "gzdt/", D_NEWS_T, spaced(72, 12, [9, 14, 11, 17]), 3345121)
D_ZC = trs_items(D_BASE + "zcwj/", D_ZC_T, spaced(159, 6, [35, 60, 90]), 3301201)
D_AL = trs_items(D_BASE + "dxal/", D_AL_T, spaced(200, 5, [50, 70]), 3288100)
D_BF = trs_items(D_BASE + "zcbf/", D_ZC_BF_T, spaced(88, 5, [30, 40, 25]), 3333300)
D_TZ = trs_items(D_BASE + "tzgg/", D_TZ_T, spaced(141, 5, [40, 55]), 3310010)
for _its, _c in ((D_NEWS, "工作动态"), (D_ZC, "政策文件"), (D_AL, "典型案例"), (D_BF, "驻村帮扶"), (D_TZ, "通知公告")):
    remember(D_HOST, _its, _c)
D_COLURL = {"工作动态": D_BASE + "gzdt/", "政策文件": D_BASE + "zcwj/", "典型案例": D_BASE + "dxal/",
            "驻村帮扶": D_BASE + "zcbf/", "通知公告": D_BASE + "tzgg/"}


def _d_head(title: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="SiteName" content="云溪县人民政府" />
<meta name="SiteDomain" content="www.yunxi.gov.cn" />
<meta name="SiteIDCode" content="5226310003" />
<meta name="ColumnName" content="乡村振兴" />
<meta name="ColumnType" content="专题专栏" />
<link href="{D_BASE}images/zt.css" rel="stylesheet" type="text/css" />
{COMMON_CSS}{JQ}</head>
"""


def _d_header() -> str:
    nav = "".join(f'<li class="nav-li"><a class="nav-a" href="{u}">{n}</a></li>' for n, u in [("专题首页", D_BASE + "index.html")] + list(D_COLURL.items()))
    return f"""<body>
<div class="zt-top"><div class="w1200"><a href="/">云溪县人民政府门户网站</a> &gt; <a href="/ztzl/">专题专栏</a> &gt; 乡村振兴</div></div>
<div class="zt-banner"><img src="{D_BASE}images/banner_xczx.jpg" alt="全面推进乡村振兴 加快建设农业强县" /></div>
<div class="nav"><ul class="nav-ul clearfix">{nav}</ul></div>
"""


def _d_footer() -> str:
    return county_links_block("云溪县", "yunxi.gov.cn") + conac_footer("云溪县人民政府办公室", "5226310003", "云ICP备10003456号", "52263102000005",
                        extra="承办：云溪县乡村振兴局") + ELDER_JS + TONGJI + "</body>\n</html>\n"


def _d_box(title: str, items: list[Item], n: int, bracket: bool = False) -> str:
    lst = li_bracket(items[:n]) if bracket else li_span(items[:n])
    return f"""<div class="zt-box"><div class="box-hd clearfix"><h3>{title}</h3><a class="more" href="{D_COLURL[title]}">MORE</a></div>
<ul class="list">
{lst}
</ul></div>
"""


def _d_home() -> str:
    pics = "".join(
        f'<li><a href="{u}"><img src="{D_BASE}images/{d:%Y%m}/p{i}.jpg" alt="{esc(t)}" /><span>{t}</span></a></li>'
        for i, (t, d, u) in enumerate(D_NEWS[:4])
    )
    intro = """<div class="zt-intro"><h2>专题简介</h2><p>为深入贯彻落实党中央、国务院关于全面推进乡村振兴的决策部署，巩固拓展脱贫攻坚成果，扎实推进乡村发展、乡村建设、乡村治理，云溪县人民政府门户网站特开设“乡村振兴”专题，集中展示我县乡村振兴工作进展和成效。</p></div>"""
    body = f"""
<div class="main w1200">
{intro}
<div class="row clearfix"><div class="pic-news fl"><ul class="pic-list">{pics}</ul></div><div class="fr w590">{_d_box("工作动态", D_NEWS, 8, bracket=False)}</div></div>
<div class="row clearfix"><div class="fl w590">{_d_box("政策文件", D_ZC, 6)}</div><div class="fr w590">{_d_box("通知公告", D_TZ, 5)}</div></div>
<div class="row clearfix"><div class="fl w590">{_d_box("典型案例", D_AL, 5, bracket=True)}</div><div class="fr w590">{_d_box("驻村帮扶", D_BF, 5, bracket=True)}</div></div>
<div class="zt-links"><a href="https://www.nrra.gov.cn/" target="_blank"><img src="{D_BASE}images/nrra.jpg" alt="国家乡村振兴局" /></a><a href="http://www.moa.gov.cn/" target="_blank"><img src="{D_BASE}images/moa.jpg" alt="农业农村部" /></a></div>
</div>
"""
    return _d_head("乡村振兴_云溪县人民政府") + _d_header() + body + _d_footer()


def _d_colpage(title: str, items: list[Item]) -> str:
    body = f"""<div class="main w1200"><div class="location">当前位置：<a href="{D_BASE}index.html">乡村振兴</a> &gt; {title}</div>
<ul class="list list-page">
{li_span(items)}
</ul>
<div class="page"><script type="text/javascript">var currentPage = 0;var countPage = 1;createPageHTML(countPage, currentPage, "index", "html");</script></div></div>
"""
    return _d_head(f"{title}_乡村振兴_云溪县人民政府") + _d_header() + body + _d_footer()


D_PAGES: dict[str, str] = {D_BASE + "index.html": _d_home()}
for _t, _its in (("工作动态", D_NEWS), ("政策文件", D_ZC), ("典型案例", D_AL), ("驻村帮扶", D_BF), ("通知公告", D_TZ)):
    D_PAGES[D_COLURL[_t]] = _d_colpage(_t, _its)
for _p, (_t, _d, _c) in ARTICLES[D_HOST].items():
    D_PAGES[_p] = _trs_article(_d_head, _d_header, _d_footer, "云溪县乡村振兴局", _t, _d, _c)

SITE_D = Site(
    key="yunxi_xczx", host=D_HOST, url=f"http://{D_HOST}{D_BASE}index.html", name="云溪县乡村振兴专题",
    charset="utf-8", pages=D_PAGES,
    full=DepthTruth("stale", False, must=("homepage_stale", "column_stale"),
                    must_not=("abandoned", "column_empty", "spam_content", "hidden_links")),
    home=DepthTruth("stale", False, must=("homepage_stale",), must_not=("abandoned",)),
    columns=[
        ColumnTruth("工作动态", ("news",), iso(D_NEWS[0][1]), stale=True),
        ColumnTruth("政策文件", ("policy",), iso(D_ZC[0][1]), stale=False),
        ColumnTruth("通知公告", ("notice",), iso(D_TZ[0][1]), stale=False),
        ColumnTruth("典型案例", ("other", "news"), iso(D_AL[0][1]), stale=None),
        ColumnTruth("驻村帮扶", ("other", "news"), iso(D_BF[0][1]), stale=None),
    ],
    homepage_newest=iso(D_NEWS[0][1]),
    page_dates={D_NEWS[0][2]: iso(D_NEWS[0][1])},
)


# =========================================================== E: carousel + tab boxes + letters
E_HOST = "www.fengting.gov.cn"
E_YW_T = [
    "县委常委会召开会议传达学习全省经济工作座谈会精神", "县长主持召开县政府第42次常务会议",
    "枫亭县2026年重大项目集中观摩活动举行", "县人大常委会召开第二十三次会议",
    "县政协开展“民生实事”专题视察", "枫亭县召开冬春森林防灭火工作会议",
    "全县安全生产工作会议召开", "枫亭县与省农科院签署战略合作协议",
    "县领导督导检查冬季供暖保障工作", "枫亭县召开优化营商环境大会",
]
E_BM_T = [
    "县市场监管局开展冬季食品安全专项检查", "县人社局举办2026年秋季招聘会", "县教育局开展校园安全大排查",
    "县卫健委开展家庭医生签约服务宣传", "县交通运输局推进农村公路“四好”建设", "县民政局开展冬季困难群众走访慰问",
    "县自然资源局开展耕地保护专项督查", "县应急管理局开展应急演练",
]
E_XZ_T = [
    "枫亭镇开展人居环境整治“月评比”", "东岭乡举办农民技能培训班", "西坪镇加快推进特色小镇建设",
    "南溪镇召开村级组织换届工作会议", "北山乡开展秸秆禁烧巡查", "桥头镇举办“村晚”彩排",
    "石门乡推进高标准农田建设",
]
E_TZ_T = [
    "枫亭县人民政府关于2026年冬季森林防火期的通告", "关于枫亭县城区道路停车泊位调整的公告",
    "枫亭县2026年公开招聘社区工作者笔试成绩公告", "关于开展2026年城乡居民医保集中缴费的通知",
    "枫亭县人民政府关于征收土地的公告（2026第5号）", "关于2026年度枫亭县政府投资项目计划调整的公示",
    "关于枫亭县第七次全国人口普查资料开发成果的公告", "关于开展全县“僵尸企业”清理工作的通知",
]
E_ZC_T = [
    "枫亭县人民政府关于印发枫亭县生活垃圾分类管理办法的通知", "枫亭县人民政府办公室关于印发枫亭县农村宅基地管理办法的通知",
    "枫亭县人民政府关于进一步促进就业创业的实施意见", "枫亭县人民政府办公室关于加强城市管理工作的通知",
    "枫亭县人民政府关于印发枫亭县重污染天气应急预案的通知", "枫亭县人民政府关于扶持民营经济发展的若干意见",
]
E_JD_T = [
    "【图解】枫亭县生活垃圾分类管理办法", "《枫亭县农村宅基地管理办法》政策解读",
    "【视频解读】促进就业创业，这些政策要知道", "《关于加强城市管理工作的通知》解读",
    "一图读懂枫亭县重污染天气应急预案", "《关于扶持民营经济发展的若干意见》政策解读",
]
E_YW = trs_items("/xwzx/zwyw/", E_YW_T, spaced(1, 10, [1, 2, 2, 3]), 6120451)
E_BM = trs_items("/xwzx/bmdt/", E_BM_T, spaced(2, 8, [2, 3, 2]), 6120301)
E_XZ = trs_items("/xwzx/xzdt/", E_XZ_T, spaced(3, 7, [3, 4]), 6120111)
E_TZ = trs_items("/zwgk/tzgg/", E_TZ_T, spaced(6, 8, [5, 9, 12]), 6118888)
E_ZC = trs_items("/zwgk/zcwj/", E_ZC_T, spaced(16, 6, [22, 30, 41]), 6100101)
E_JD = trs_items("/zwgk/zcjd/", E_JD_T, spaced(14, 6, [22, 30, 41]), 6100201)
for _its, _c in ((E_YW, "政务要闻"), (E_BM, "部门动态"), (E_XZ, "乡镇动态"), (E_TZ, "通知公告"), (E_ZC, "政策文件"), (E_JD, "政策解读")):
    remember(E_HOST, _its, _c)
E_COLURL = {"政务要闻": "/xwzx/zwyw/", "部门动态": "/xwzx/bmdt/", "乡镇动态": "/xwzx/xzdt/",
            "通知公告": "/zwgk/tzgg/", "政策文件": "/zwgk/zcwj/", "政策解读": "/zwgk/zcjd/",
            "县长信箱": "/hdjl/xzxx/", "意见征集": "/hdjl/yjzj/"}

# letters: (title, asked, state, replied)
E_LETTERS = [
    ("关于城东菜市场周边占道经营的问题", ago(7), "已办结", ago(3)),
    ("咨询2026年城乡居民医保缴费标准", ago(12), "已办结", ago(9)),
    ("建议增设枫亭三中门口红绿灯", ago(20), "办理中", None),
    ("反映滨河小区电梯长期故障无人维修", ago(33), "已办结", ago(26)),
    ("咨询公租房申请条件", ago(51), "已办结", ago(47)),
    ("关于西坪镇至县城公交班次过少的建议", ago(66), "已办结", ago(60)),
    ("反映北山乡部分村组饮水困难问题", ago(121), "办理中", None),
    ("关于桥头镇某养殖场污染环境的投诉", ago(134), "办理中", None),
    ("咨询退役士兵自主就业补助发放时间", ago(150), "已办结", ago(141)),
    ("关于县城停车难问题的建议", ago(170), "已办结", ago(160)),
]
E_YJ = [
    ("《枫亭县国土空间总体规划（2021—2035年）》（草案）公开征求意见", ago(9), "征集中"),
    ("《枫亭县农村宅基地管理办法（征求意见稿）》公开征求意见", ago(60), "已结束"),
    ("2027年县政府民生实事项目征集", ago(18), "征集中"),
    ("《枫亭县生活垃圾分类管理办法（草案）》征求意见", ago(130), "已结束"),
]


def _e_letter_url(i: int) -> str:
    return f"/hdjl/xzxx/detail.html?id={88213 - i * 17}"


def _e_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{title}</title>
<meta name="SiteName" content="枫亭县人民政府">
<meta name="SiteDomain" content="www.fengting.gov.cn">
<meta name="SiteIDCode" content="3507240002">
<link rel="stylesheet" href="/static/css/index.css">
{COMMON_CSS}{JQ}<script src="/static/js/jquery.SuperSlide.2.1.3.js"></script>
</head>
"""


def _e_header() -> str:
    menu = mega_menu([
        ("首页", "/", []),
        ("走进枫亭", "/zjft/", [("枫亭概况", "/zjft/ftgk/"), ("历史沿革", "/zjft/lsyg/"), ("行政区划", "/zjft/xzqh/"), ("自然资源", "/zjft/zrzy/")]),
        ("新闻中心", "/xwzx/", [("政务要闻", "/xwzx/zwyw/"), ("部门动态", "/xwzx/bmdt/"), ("乡镇动态", "/xwzx/xzdt/"), ("图片新闻", "/xwzx/tpxw/"), ("视频新闻", "/xwzx/spxw/")]),
        ("政务公开", "/zwgk/", [("政府信息公开", "/zwgk/xxgk/"), ("通知公告", "/zwgk/tzgg/"), ("政策文件", "/zwgk/zcwj/"), ("政策解读", "/zwgk/zcjd/"), ("人事信息", "/zwgk/rsxx/"), ("财政预决算", "/zwgk/czyjs/")]),
        ("政务服务", "https://zwfw.fengting.gov.cn/", []),
        ("政民互动", "/hdjl/", [("县长信箱", "/hdjl/xzxx/"), ("意见征集", "/hdjl/yjzj/"), ("在线访谈", "/hdjl/zxft/"), ("网上调查", "/hdjl/wsdc/")]),
        ("专题专栏", "/ztzl/", []),
    ])
    return f"""<body>
<div class="top-bar"><div class="w1200 clearfix"><div class="fl"><span id="nowDate"></span></div>
<div class="fr"><a href="javascript:;" id="jft">繁體</a><a href="javascript:;" class="wza">无障碍</a><a href="javascript:;" class="old">长者模式</a><a href="/m/">手机版</a><a href="/wzdt/">网站地图</a></div></div></div>
<div class="header ft-header"><div class="w1200 clearfix"><div class="logo"><a href="/"><img src="/static/images/logo.png" alt="枫亭县人民政府"></a></div>
<div class="search"><input type="text" class="txt" id="q" placeholder="搜索"><input type="button" class="btn" id="searchBtn" value="搜索"></div></div></div>
{menu}
"""


def _e_footer() -> str:
    return province_friend_links() + conac_footer("枫亭县人民政府办公室", "3507240002", "云ICP备11007890号", "35072402000013",
                                                  extra="地址：枫亭县凤山路1号　电话：0599-6322000") + ELDER_JS + CLOCK_JS + TONGJI + WZA + SPLIT_TEMPLATE_JS + "</body>\n</html>\n"


def _e_tabbox(cls: str, tabs: list[tuple[str, list[Item]]]) -> str:
    titles = "".join(f'<li{ON if i == 0 else ""}>{t}</li>' for i, (t, _) in enumerate(tabs))
    mores = "".join(f'<a href="{E_COLURL[t]}" target="_blank"{"" if i == 0 else HIDE}>更多&gt;&gt;</a>' for i, (t, _) in enumerate(tabs))
    panels = "".join(
        f'<div class="tab-panel{" on" if i == 0 else ""}"><ul class="list">\n{li_span(its[:7])}\n</ul></div>'
        for i, (_, its) in enumerate(tabs)
    )
    return f"""<div class="tab-box {cls}">
<div class="tab-hd clearfix"><ul class="tab-title">{titles}</ul><div class="tab-more">{mores}</div></div>
<div class="tab-bd">{panels}</div>
</div>
"""


def _e_letters_box() -> str:
    rows = "".join(
        f'<tr><td class="tit"><a href="{_e_letter_url(i)}" target="_blank" title="{esc(t)}">{t}</a></td>'
        f'<td class="zt"><span class="{"ybj" if s == "已办结" else "blz"}">{s}</span></td><td class="rq">{q:%Y-%m-%d}</td></tr>'
        for i, (t, q, s, _) in enumerate(E_LETTERS[:8])
    )
    yj = "".join(
        f'<tr><td class="tit"><a href="/hdjl/yjzj/detail.html?id={5120 - i}" target="_blank">{t}</a></td><td class="zt">{s}</td><td class="rq">{d:%Y-%m-%d}</td></tr>'
        for i, (t, d, s) in enumerate(E_YJ)
    )
    return f"""<div class="tab-box hdjl-box">
<div class="tab-hd clearfix"><ul class="tab-title"><li class="on">县长信箱</li><li>意见征集</li></ul>
<div class="tab-more"><a href="/hdjl/xzxx/" target="_blank">更多&gt;&gt;</a><a href="/hdjl/yjzj/" target="_blank" style="display:none">更多&gt;&gt;</a></div></div>
<div class="hdjl-btns"><a href="/hdjl/xzxx/write.html" class="btn-write">我要写信</a><a href="/hdjl/xzxx/query.html" class="btn-query">信件查询</a></div>
<div class="tab-bd">
<div class="tab-panel on"><table class="letters" width="100%"><tr><th>信件标题</th><th>状态</th><th>来信日期</th></tr>{rows}</table></div>
<div class="tab-panel"><table class="letters" width="100%"><tr><th>征集主题</th><th>状态</th><th>发布日期</th></tr>{yj}</table></div>
</div></div>
"""


def _e_home() -> str:
    slides = "".join(
        f'<li><a href="{E_YW[i][2]}" target="_blank"><img src="/static/upload/2026/11/big{i}.jpg" alt="{esc(E_YW[i][0])}"></a></li>'
        for i in range(6)
    )
    icons = "".join(
        f'<li><a href="{u}" target="_blank"><img src="/static/images/icon{i}.png" alt=""><p>{n}</p></a></li>'
        for i, (n, u) in enumerate([
            ("政府信息公开", "/zwgk/xxgk/"), ("政务服务", "https://zwfw.fengting.gov.cn/"), ("县长信箱", "/hdjl/xzxx/"),
            ("12345热线", "https://12345.yunling.gov.cn/"), ("公共资源交易", "https://ggzy.fengting.gov.cn/"),
            ("政府采购", "https://www.ccgp-yunling.gov.cn/"), ("人事考试", "/zwgk/rsxx/"), ("统计数据", "/zwgk/tjxx/"),
            ("信用枫亭", "https://credit.fengting.gov.cn/"), ("文化旅游", "/ztzl/whly/"), ("视频枫亭", "/xwzx/spxw/"), ("数据开放", "https://data.yunling.gov.cn/"),
        ])
    )
    zt = "".join(f'<li><a href="/ztzl/zt{i}/"><img src="/static/upload/zt/zt{i}.jpg" alt="{t}"></a></li>' for i, t in enumerate(
        ["学习贯彻党的二十届四中全会精神", "优化营商环境", "乡村振兴", "安全生产月", "法治政府建设", "防范电信网络诈骗"]))
    body = f"""
<div class="big-banner"><div class="bd"><ul>{slides}</ul></div><div class="hd"><ul></ul></div>
<a class="prev" href="javascript:void(0)"></a><a class="next" href="javascript:void(0)"></a></div>
<script>jQuery(".big-banner").slide({{titCell:".hd ul",mainCell:".bd ul",effect:"fold",autoPlay:true,autoPage:true,interTime:5000}});</script>
<div class="main w1200">
<div class="icon-nav"><ul class="clearfix">{icons}</ul></div>
<div class="row clearfix"><div class="fl w590">{_e_tabbox("news-box", [("政务要闻", E_YW), ("部门动态", E_BM), ("乡镇动态", E_XZ)])}</div>
<div class="fr w590">{_e_tabbox("gk-box", [("通知公告", E_TZ), ("政策文件", E_ZC), ("政策解读", E_JD)])}</div></div>
<div class="ad-banner"><a href="/ztzl/zt0/"><img src="/static/upload/2026/ad_20ji4zhong.jpg" alt="学习贯彻党的二十届四中全会精神"></a></div>
<div class="row clearfix"><div class="fl w590">{_e_letters_box()}</div>
<div class="fr w590"><div class="ztzl"><div class="box-hd clearfix"><h3>专题专栏</h3><a class="more" href="/ztzl/">更多&gt;&gt;</a></div><ul class="clearfix">{zt}</ul></div></div></div>
</div>
"""
    return _e_head("枫亭县人民政府") + _e_header() + body + _e_footer()


def _e_colpage(title: str, items: list[Item]) -> str:
    body = f"""<div class="main w1200"><div class="location">您所在的位置：<a href="/">首页</a> &gt; {title}</div>
<ul class="list list-page">
{li_span(items)}
</ul>
<div class="page"><script>createPageHTML(1, 0, "index", "html");</script></div></div>
"""
    return _e_head(f"{title}-枫亭县人民政府") + _e_header() + body + _e_footer()


def _e_letters_page() -> str:
    rows = "".join(
        f'<tr><td>{i + 1}</td><td class="tit"><a href="{_e_letter_url(i)}" target="_blank">{t}</a></td><td>{q:%Y-%m-%d}</td>'
        f'<td>{s}</td><td>{r:%Y-%m-%d}</td></tr>' if r else
        f'<tr><td>{i + 1}</td><td class="tit"><a href="{_e_letter_url(i)}" target="_blank">{t}</a></td><td>{q:%Y-%m-%d}</td>'
        f'<td>{s}</td><td></td></tr>'
        for i, (t, q, s, r) in enumerate(E_LETTERS)
    )
    body = f"""<div class="main w1200"><div class="location">您所在的位置：<a href="/">首页</a> &gt; <a href="/hdjl/">政民互动</a> &gt; 县长信箱</div>
<div class="xx-btns"><a href="/hdjl/xzxx/write.html">我要写信</a><a href="/hdjl/xzxx/query.html">信件查询</a><a href="/hdjl/xzxx/xz.html">写信须知</a></div>
<table class="letters-table" width="100%"><tr><th>序号</th><th>信件标题</th><th>来信时间</th><th>办理状态</th><th>回复时间</th></tr>
{rows}
</table>
<div class="page">共{len(E_LETTERS)}条记录 第1页/共1页</div></div>
"""
    return _e_head("县长信箱-枫亭县人民政府") + _e_header() + body + _e_footer()


def _e_letter_detail(t: str, q: _dt.date, s: str, r: _dt.date | None) -> str:
    reply = (f'<tr><th>回复单位</th><td>县政府办公室</td></tr><tr><th>回复时间</th><td>{r:%Y-%m-%d}</td></tr>'
             f'<tr><th>回复内容</th><td>您好！您反映的问题已收悉。经核实，相关部门已按规定处理。感谢您对我县工作的关心和支持。</td></tr>') if r else \
        '<tr><th>回复内容</th><td></td></tr>'
    body = f"""<div class="main w1200"><table class="letter-detail" width="100%">
<tr><th>信件标题</th><td>{t}</td></tr><tr><th>来信时间</th><td>{q:%Y-%m-%d}</td></tr><tr><th>办理状态</th><td>{s}</td></tr>
<tr><th>来信内容</th><td>尊敬的县长：您好！{t}，希望有关部门尽快予以解决。</td></tr>{reply}</table></div>
"""
    return _e_head(f"{t}-县长信箱") + _e_header() + body + _e_footer()


def _e_yj_page() -> str:
    rows = "".join(
        f'<tr><td class="tit"><a href="/hdjl/yjzj/detail.html?id={5120 - i}">{t}</a></td><td>{s}</td><td>{d:%Y-%m-%d}</td></tr>'
        for i, (t, d, s) in enumerate(E_YJ))
    body = f"""<div class="main w1200"><div class="location">您所在的位置：<a href="/">首页</a> &gt; 意见征集</div>
<table class="yj-table" width="100%"><tr><th>征集主题</th><th>状态</th><th>发布日期</th></tr>{rows}</table></div>
"""
    return _e_head("意见征集-枫亭县人民政府") + _e_header() + body + _e_footer()


E_PAGES: dict[str, str] = {"/": _e_home(), "/hdjl/xzxx/": _e_letters_page(), "/hdjl/yjzj/": _e_yj_page()}
for _t, _its in (("政务要闻", E_YW), ("部门动态", E_BM), ("乡镇动态", E_XZ), ("通知公告", E_TZ), ("政策文件", E_ZC), ("政策解读", E_JD)):
    E_PAGES[E_COLURL[_t]] = _e_colpage(_t, _its)
for _i, (_t, _q, _s, _r) in enumerate(E_LETTERS):
    E_PAGES[_e_letter_url(_i)] = _e_letter_detail(_t, _q, _s, _r)
for _i, (_t, _d, _s) in enumerate(E_YJ):
    E_PAGES[f"/hdjl/yjzj/detail.html?id={5120 - _i}"] = _e_head(_t) + _e_header() + f'<div class="main w1200"><h1>{_t}</h1><p>发布日期：{_d:%Y-%m-%d}　征集期限：30天　状态：{_s}</p></div>' + _e_footer()
for _p, (_t, _d, _c) in ARTICLES[E_HOST].items():
    E_PAGES[_p] = _trs_article(_e_head, _e_header, _e_footer, "枫亭县融媒体中心", _t, _d, _c)

SITE_E = Site(
    key="fengting", host=E_HOST, url=f"http://{E_HOST}/", name="枫亭县人民政府",
    charset="utf-8", pages=E_PAGES,
    full=DepthTruth("healthy", False, must=("unanswered_messages",),
                    must_not=("homepage_stale", "column_stale", "column_empty", "undated", "abandoned", "spam_content", "hidden_links")),
    home=DepthTruth("healthy", True, must_not=("homepage_stale", "undated", "unanswered_messages", "spam_content")),
    columns=[
        ColumnTruth("政务要闻", ("news",), iso(E_YW[0][1]), stale=False),
        ColumnTruth("部门动态", ("news",), iso(E_BM[0][1]), stale=False),
        ColumnTruth("乡镇动态", ("news",), iso(E_XZ[0][1]), stale=False),
        ColumnTruth("通知公告", ("notice",), iso(E_TZ[0][1]), stale=False),
        ColumnTruth("政策文件", ("policy",), iso(E_ZC[0][1]), stale=False),
        ColumnTruth("政策解读", ("policy",), iso(E_JD[0][1]), stale=False),
        ColumnTruth("县长信箱", ("interaction",), iso(E_LETTERS[0][3] or E_LETTERS[0][1]), stale=False,
                    why="two letters 办理中 at 121 and 134 days: unanswered (the 20-day one is not yet); "
                        "its newest is its page's newest 回复时间 (an answer published is the column's update)"),
        ColumnTruth("意见征集", ("interaction",), iso(E_YJ[0][1]), stale=False),
        ColumnTruth("专题专栏", ("other",), None, stale=False,
                    why="a box of topic tiles under a heading with a more link: a column of no class"),
    ],
    homepage_newest=iso(E_YW[0][1]),
    page_dates={E_YW[0][2]: iso(E_YW[0][1])},
)


# =========================================================== F: mobile-first 教育局
F_HOST = "jyj.chengxi.gov.cn"
F_YW_T = [
    "全县教育系统召开2026年秋季学期安全工作会议", "县教育局开展中小学校食堂食品安全专项检查",
    "澄溪县3所学校获评省级文明校园", "县教育局举办2026年新入职教师培训班",
    "全县中小学“双减”工作推进会召开", "县教育局开展秋季学期开学工作督导",
    "澄溪县第一中学举办第二十届科技节", "县教育局组织开展防溺水安全教育",
    "澄溪县举行教师节表彰大会", "全县学前教育普及普惠督导评估迎检工作会召开",
]
F_TZ_T = [
    "关于2026年下半年中小学教师资格考试面试报名的通知", "澄溪县教育局关于2027年元旦放假安排的通知",
    "关于公布2026年澄溪县中小学生艺术展演获奖名单的通知", "关于开展2026年度教育系统安全隐患大排查的通知",
    "关于做好2026年秋季学期学生资助工作的通知", "关于2026年义务教育阶段招生入学工作的公告",
]
F_ZS_T = [
    "2027年澄溪县普通高中学业水平考试报名须知", "澄溪县2026年中考成绩查询及志愿填报说明",
    "2026年澄溪县普通高中招生录取分数线公布", "澄溪县2026年义务教育招生划片范围",
]
F_RS_T = [
    "澄溪县2026年公开招聘中小学教师公告", "澄溪县2026年公开招聘中小学教师拟聘用人员公示",
    "澄溪县教育局2026年公开选调城区学校教师公告", "澄溪县2025年公开招聘幼儿园教师公告",
]
F_ZC_T = [
    "澄溪县教育局关于进一步规范中小学办学行为的通知", "澄溪县校外培训机构监督管理办法",
    "澄溪县义务教育阶段学生课后服务实施方案", "澄溪县中小学教师“县管校聘”管理改革实施办法",
]
F_YW = query_items("/news/show-", F_YW_T, spaced(1, 10, [2, 3, 2, 4]), 9821)
F_YW = [(t, d, u + ".html") for t, d, u in F_YW]
F_TZ = [(t, d, f"/notice/show-{7720 - i * 3}.html") for i, (t, d) in enumerate(zip(F_TZ_T, spaced(7, 6, [9, 12, 16])))]
F_ZS = [(t, d, f"/zsks/show-{5510 - i * 5}.html") for i, (t, d) in enumerate(zip(F_ZS_T, spaced(39, 4, [60, 80, 75])))]
F_RS = [(t, d, f"/rsxx/show-{3310 - i * 4}.html") for i, (t, d) in enumerate(zip(F_RS_T, spaced(113, 4, [55, 70, 200])))]
F_ZC = [(t, d, f"/zcwj/show-{2210 - i * 6}.html") for i, (t, d) in enumerate(zip(F_ZC_T, spaced(29, 4, [60, 90, 70])))]
for _its, _c in ((F_YW, "教育要闻"), (F_TZ, "通知公告"), (F_ZS, "招生考试"), (F_RS, "人事招聘"), (F_ZC, "政策文件")):
    remember(F_HOST, _its, _c)
F_COLURL = {"教育要闻": "/news/", "通知公告": "/notice/", "招生考试": "/zsks/", "人事招聘": "/rsxx/", "政策文件": "/zcwj/"}

F_UA_JS = """<script type="text/javascript">
(function(){
  var ua = navigator.userAgent.toLowerCase();
  var isMobile = /iphone|ipod|android.*mobile|windows phone|mobile.*firefox|harmonyos/.test(ua);
  if (isMobile && window.location.search.indexOf("pc=1") < 0) { window.location.replace("/m/index.html"); }
})();
</script>
"""


def _f_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=1200">
<meta http-equiv="mobile-agent" content="format=html5; url=http://jyj.chengxi.gov.cn/m/index.html">
<link rel="alternate" media="only screen and (max-width: 640px)" href="http://jyj.chengxi.gov.cn/m/index.html">
<title>{title}</title>
<meta name="keywords" content="澄溪县教育局,澄溪教育,招生考试,教师招聘">
{F_UA_JS}<link rel="stylesheet" href="/statics/pc/css/main.css">
{COMMON_CSS}{JQ}</head>
"""


def _f_header() -> str:
    nav = "".join(f'<li class="nav-li"><a class="nav-a" href="{u}">{n}</a></li>' for n, u in
                  [("首页", "/")] + list(F_COLURL.items()) + [("局长信箱", "/jzxx/"), ("办事指南", "/bszn/")])
    return f"""<body>
<div class="top-bar"><div class="w1200 clearfix"><div class="fl">欢迎访问澄溪县教育局网站</div><div class="fr"><a href="/m/index.html">手机版</a><a href="javascript:;" class="wza">无障碍</a></div></div></div>
<div class="header"><div class="w1200"><div class="logo"><a href="/"><img src="/statics/pc/images/logo.png" alt="澄溪县教育局"></a></div></div></div>
<div class="nav"><ul class="nav-ul clearfix">{nav}</ul></div>
"""


def _f_footer() -> str:
    return county_links_block("澄溪县", "chengxi.gov.cn") + conac_footer("澄溪县教育局", "4309210017", "云ICP备14001234号-2", "43092102000077",
                        extra="地址：澄溪县文昌路16号　电话：0737-6221234") + ELDER_JS + TONGJI + "</body>\n</html>\n"


def _f_box(title: str, items: list[Item], n: int) -> str:
    return f"""<div class="box"><div class="box-hd clearfix"><h3>{title}</h3><a class="more" href="{F_COLURL[title]}">更多</a></div>
<ul class="list">
{li_span(items[:n])}
</ul></div>
"""


def _f_home() -> str:
    body = f"""
<div class="main w1200">
<div class="row clearfix"><div class="focus fl"><a href="{F_YW[0][2]}"><img src="/uploadfile/2026/1124/focus.jpg" alt="{esc(F_YW[0][0])}"><p>{F_YW[0][0]}</p></a></div>
<div class="fr w590">{_f_box("教育要闻", F_YW, 8)}</div></div>
<div class="row clearfix"><div class="fl w390">{_f_box("通知公告", F_TZ, 6)}</div><div class="fl w390 ml20">{_f_box("招生考试", F_ZS, 4)}</div><div class="fr w390">{_f_box("政策文件", F_ZC, 4)}</div></div>
<div class="row clearfix"><div class="fl w590">{_f_box("人事招聘", F_RS, 4)}</div>
<div class="fr w590 quick"><a href="https://www.chsi.com.cn/" target="_blank">学信网</a><a href="https://www.yunlingedu.cn/zk/" target="_blank">中考查询</a><a href="/bszn/">办事指南</a><a href="/jzxx/">局长信箱</a></div></div>
</div>
"""
    return _f_head("澄溪县教育局") + _f_header() + body + _f_footer()


def _f_mobile_home() -> str:
    def cards(items: list[Item], n: int) -> str:
        return "".join(
            f'<a class="m-card" href="/m{u}"><div class="m-card-tit">{t}</div><div class="m-card-meta"><span class="src">澄溪县教育局</span><span class="time">{d:%Y-%m-%d}</span></div></a>'
            for t, d, u in items[:n])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>澄溪县教育局</title>
<link rel="canonical" href="http://jyj.chengxi.gov.cn/">
<link rel="stylesheet" href="/statics/m/css/m.css">
</head>
<body class="m">
<header class="m-header"><img src="/statics/m/images/logo.png" alt="澄溪县教育局"><a class="m-search" href="/m/search.html"></a></header>
<nav class="m-tabs"><a class="cur" href="/m/index.html">首页</a><a href="/m/news/">要闻</a><a href="/m/notice/">公告</a><a href="/m/zsks/">招考</a></nav>
<section class="m-sec"><h2>教育要闻</h2>{cards(F_YW, 6)}<a class="m-more" href="/m/news/">查看更多</a></section>
<section class="m-sec"><h2>通知公告</h2>{cards(F_TZ, 4)}<a class="m-more" href="/m/notice/">查看更多</a></section>
<footer class="m-footer"><a href="/?pc=1">电脑版</a><p>澄溪县教育局 版权所有</p><p>云ICP备14001234号-2</p></footer>
</body></html>
"""


def _f_colpage(title: str, items: list[Item]) -> str:
    body = f"""<div class="main w1200"><div class="location">当前位置：<a href="/">首页</a> &gt; {title}</div>
<ul class="list list-page">
{li_span(items)}
</ul><div class="pages"><a class="a1">{len(items)}条</a> <span>1</span></div></div>
"""
    return _f_head(f"{title} - 澄溪县教育局") + _f_header() + body + _f_footer()


def _f_article(title: str, d: _dt.date, column: str) -> str:
    body = f"""<div class="main w1200"><div class="location">当前位置：<a href="/">首页</a> &gt; {column} &gt; 正文</div>
<div class="article"><h1>{title}</h1><div class="info">时间：{d:%Y-%m-%d} 10:12:36　来源：澄溪县教育局　点击：<span id="hits"></span></div>
<div class="content"><p>　　{title}。</p><p>　　下一步，县教育局将持续抓好各项工作落实，推动全县教育事业高质量发展。</p></div></div></div>
"""
    return _f_head(f"{title} - 澄溪县教育局") + _f_header() + body + _f_footer()


F_PAGES: dict[str, str] = {"/": _f_home()}
for _t, _its in (("教育要闻", F_YW), ("通知公告", F_TZ), ("招生考试", F_ZS), ("人事招聘", F_RS), ("政策文件", F_ZC)):
    F_PAGES[F_COLURL[_t]] = _f_colpage(_t, _its)
for _p, (_t, _d, _c) in ARTICLES[F_HOST].items():
    F_PAGES[_p] = _f_article(_t, _d, _c)
F_MOBILE = {"/": _f_mobile_home(), "/m/index.html": _f_mobile_home()}
F_PAGES["/m/index.html"] = _f_mobile_home()

SITE_F = Site(
    key="chengxi_jyj", host=F_HOST, url=f"http://{F_HOST}/", name="澄溪县教育局",
    charset="utf-8", pages=F_PAGES, mobile_pages=F_MOBILE,
    full=DepthTruth("healthy", True, must_not=(
        "homepage_stale", "column_stale", "column_empty", "undated", "offsite_redirect", "abandoned", "hidden_links", "cloaking")),
    home=DepthTruth("healthy", True, must_not=("homepage_stale", "undated", "offsite_redirect")),
    columns=[
        ColumnTruth("教育要闻", ("news",), iso(F_YW[0][1]), stale=False),
        ColumnTruth("通知公告", ("notice",), iso(F_TZ[0][1]), stale=False),
        ColumnTruth("招生考试", ("other", "notice", "news"), iso(F_ZS[0][1]), stale=None),
        ColumnTruth("人事招聘", ("personnel",), iso(F_RS[0][1]), stale=False),
        ColumnTruth("政策文件", ("policy",), iso(F_ZC[0][1]), stale=False),
    ],
    homepage_newest=iso(F_YW[0][1]),
    page_dates={F_YW[0][2]: iso(F_YW[0][1])},
    notes="phones get /m/ cards (by the server's UA check and a script); a desktop crawler gets the desktop page",
)


# =========================================================== G: zombie 乡 (GB2312)
G_HOST = "www.liuxixiang.gov.cn"
G_LAST = _dt.date(2024, 10, 18)
G_XW_T = [
    "柳溪乡召开2024年秋冬季森林防火工作会议", "柳溪乡开展重阳节敬老慰问活动", "柳溪乡组织收看国庆文艺晚会",
    "柳溪乡开展秋粮收购政策宣传", "柳溪乡召开三季度安全生产例会", "柳溪乡举办农村实用技术培训班",
    "柳溪乡开展“平安柳溪”集中宣传活动", "柳溪乡召开党委理论学习中心组学习会", "柳溪乡组织开展防汛应急演练",
    "柳溪乡推进农村人居环境整治",
]
G_TZ_T = [
    "柳溪乡关于2024年度城乡居民医保缴费的通知", "柳溪乡2024年第二季度低保对象公示",
    "柳溪乡关于开展农村危房改造申报的通知", "柳溪乡关于秸秆禁烧的通告", "柳溪乡2024年耕地地力保护补贴公示",
]
G_ZC_T = [
    "柳溪乡村规民约（修订）", "柳溪乡森林防火责任制实施办法", "柳溪乡人居环境整治长效管理办法",
    "柳溪乡2024年乡村振兴工作要点",
]
G_DJ_T = [
    "柳溪乡党委开展“七一”主题党日活动", "柳溪乡召开2024年党风廉政建设工作会议", "柳溪乡开展党纪学习教育读书班",
    "柳溪乡召开村党组织书记述职评议会",
]
G_XW = [(t, d, f"/Article/ShowArticle.asp?ArticleID={2231 - i * 3}") for i, (t, d) in enumerate(zip(G_XW_T, [G_LAST - _dt.timedelta(days=x) for x in (0, 9, 17, 25, 36, 49, 58, 70, 92, 110)]))]
G_TZ = [(t, d, f"/Article/ShowArticle.asp?ArticleID={2228 - i * 5}") for i, (t, d) in enumerate(zip(G_TZ_T, [_dt.date(2024, 9, 2), _dt.date(2024, 7, 11), _dt.date(2024, 5, 20), _dt.date(2024, 4, 2), _dt.date(2024, 3, 15)]))]
G_ZC = [(t, d, f"/Article/ShowArticle.asp?ArticleID={2120 - i * 9}") for i, (t, d) in enumerate(zip(G_ZC_T, [_dt.date(2024, 6, 11), _dt.date(2024, 3, 1), _dt.date(2023, 11, 20), _dt.date(2024, 2, 26)]))]
G_DJ = [(t, d, f"/Article/ShowArticle.asp?ArticleID={2200 - i * 7}") for i, (t, d) in enumerate(zip(G_DJ_T, [_dt.date(2024, 7, 1), _dt.date(2024, 3, 8), _dt.date(2024, 5, 16), _dt.date(2024, 1, 20)]))]
for _its, _c in ((G_XW, "乡镇动态"), (G_TZ, "通知公告"), (G_ZC, "政策法规"), (G_DJ, "党建工作")):
    remember(G_HOST, _its, _c)
G_COLURL = {"乡镇动态": "/Article/ShowClass.asp?ClassID=2", "通知公告": "/Article/ShowClass.asp?ClassID=3",
            "政策法规": "/Article/ShowClass.asp?ClassID=5", "党建工作": "/Article/ShowClass.asp?ClassID=7"}


def _g_head(title: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="柳溪乡,柳溪乡人民政府" />
<link href="/Skin/blue/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">body{{margin:0;font-size:12px;background:#e8f0f8}}.tbl{{border-collapse:collapse}}.tit{{background:url(/Skin/blue/tit_bg.gif);height:30px;font-weight:bold;color:#fff}}
.lst td{{height:24px;border-bottom:1px dotted #ccc}}.foot{{background:#2d6bb3;color:#fff;line-height:22px}}</style>
<script src="/js/menu.js" type="text/javascript"></script>
</head>
"""


def _g_header() -> str:
    return """<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="tbl">
<tr><td height="28" bgcolor="#f0f6fc">&nbsp;今天是：2026年11月26日 星期四　农历十月初八　<span id="weather">柳溪 多云 4℃～13℃</span></td>
<td align="right" bgcolor="#f0f6fc"><a href="javascript:window.external.AddFavorite('http://www.liuxixiang.gov.cn','柳溪乡人民政府')">加入收藏</a> | <a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.liuxixiang.gov.cn');">设为首页</a></td></tr>
<tr><td colspan="2"><img src="/Skin/blue/banner.jpg" width="1000" height="160" alt="柳溪乡人民政府" /></td></tr>
<tr><td colspan="2" height="36" bgcolor="#2d6bb3" class="menu">
<a href="/">网站首页</a> | <a href="/Article/ShowClass.asp?ClassID=1">乡情概况</a> | <a href="/Article/ShowClass.asp?ClassID=2">乡镇动态</a> | <a href="/Article/ShowClass.asp?ClassID=3">通知公告</a> |
<a href="/Article/ShowClass.asp?ClassID=4">政务公开</a> | <a href="/Article/ShowClass.asp?ClassID=5">政策法规</a> | <a href="/Article/ShowClass.asp?ClassID=6">便民服务</a> | <a href="/Article/ShowClass.asp?ClassID=7">党建工作</a> | <a href="/GuestBook/">留言板</a></td></tr>
</table>
"""


def _g_footer() -> str:
    return """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center" height="90">
主办：柳溪乡人民政府　地址：柳溪乡柳溪街1号　电话：0736-7712001<br />
Copyright &copy; 2026 柳溪乡人民政府 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank" style="color:#fff">云ICP备13004567号</a>　网站标识码：4307250041<br />
<script type="text/javascript" src="https://s4.cnzz.com/z_stat.php?id=1258123456&amp;web_id=1258123456"></script>
</td></tr></table>
</body>
</html>
"""


def _g_box(title: str, items: list[Item], n: int) -> str:
    rows = "".join(
        f'<tr><td width="12"><img src="/Skin/blue/dot.gif" /></td><td><a href="{u}" target="_blank" title="{esc(t)}">{t}</a></td><td width="80" align="right">{d:%Y-%m-%d}</td></tr>'
        for t, d, u in items[:n])
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="tit">&nbsp;&nbsp;{title}</td><td class="tit" align="right"><a href="{G_COLURL[title]}" style="color:#fff">更多&gt;&gt;</a>&nbsp;</td></tr>
<tr><td colspan="2"><table width="100%" class="lst">{rows}</table></td></tr></table>
"""


def _g_home() -> str:
    svc = "".join(f'<tr><td><a href="/Article/ShowArticle.asp?ArticleID={1500 + i}">{n}</a></td></tr>' for i, n in enumerate(
        ["户籍办理指南", "新农合参保须知", "生育登记服务", "低保申请流程", "建房审批流程", "计生服务指南"]))
    body = f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="6" bgcolor="#ffffff">
<tr><td width="330" valign="top"><img src="/UploadFiles/2024/10/lx_pic1.jpg" width="320" height="240" alt="柳溪风光" /></td>
<td width="660" valign="top">{_g_box("乡镇动态", G_XW, 9)}</td></tr>
<tr><td valign="top"><table width="100%"><tr><td class="tit">&nbsp;&nbsp;便民服务</td></tr>{svc}</table></td>
<td valign="top">{_g_box("通知公告", G_TZ, 5)}</td></tr>
<tr><td valign="top">{_g_box("党建工作", G_DJ, 4)}</td><td valign="top">{_g_box("政策法规", G_ZC, 4)}</td></tr>
<tr><td colspan="2" align="center"><a href="/GuestBook/"><img src="/UploadFiles/ly.gif" alt="我要留言" /></a>
<script>document.write("您是本站第 <b>" + "0012345" + "</b> 位访客");</script></td></tr>
</table>
"""
    return _g_head("柳溪乡人民政府") + _g_header() + body + _g_footer()


def _g_colpage(title: str, items: list[Item]) -> str:
    rows = "".join(f'<tr><td>・<a href="{u}" target="_blank">{t}</a></td><td align="right">{d:%Y-%m-%d}</td></tr>' for t, d, u in items)
    body = f"""<table width="1000" align="center" bgcolor="#ffffff"><tr><td>您现在的位置：<a href="/">柳溪乡人民政府</a> &gt;&gt; {title}</td></tr>
<tr><td><table width="100%" class="lst">{rows}</table></td></tr>
<tr><td align="center">共 {len(items)} 篇文章　首页 上一页 下一页 尾页　页次：1/1页</td></tr></table>
"""
    return _g_head(f"{title}_柳溪乡人民政府") + _g_header() + body + _g_footer()


def _g_article(title: str, d: _dt.date, column: str) -> str:
    body = f"""<table width="1000" align="center" bgcolor="#ffffff"><tr><td align="center"><h2>{title}</h2></td></tr>
<tr><td align="center">作者：柳溪乡党政办　文章来源：本站原创　点击数：<script src="/Article/GetHits.asp?ArticleID=2231"></script>　更新时间：{d:%Y-%m-%d}</td></tr>
<tr><td>　　{title}。乡党委、政府高度重视，精心组织，确保工作取得实效。</td></tr></table>
"""
    return _g_head(f"{title}_柳溪乡人民政府") + _g_header() + body + _g_footer()


G_PAGES: dict[str, str] = {"/": _g_home()}
for _t, _its in (("乡镇动态", G_XW), ("通知公告", G_TZ), ("政策法规", G_ZC), ("党建工作", G_DJ)):
    G_PAGES[G_COLURL[_t]] = _g_colpage(_t, _its)
for _p, (_t, _d, _c) in ARTICLES[G_HOST].items():
    G_PAGES[_p] = _g_article(_t, _d, _c)
for _i in range(6):
    G_PAGES[f"/Article/ShowArticle.asp?ArticleID={1500 + _i}"] = _g_head("便民服务") + _g_header() + "<p>办事指南</p>" + _g_footer()

SITE_G = Site(
    key="liuxi_zombie", host=G_HOST, url=f"http://{G_HOST}/", name="柳溪乡人民政府",
    charset="gb2312", pages=G_PAGES,
    full=DepthTruth("zombie", False, must=("abandoned", "homepage_stale"),
                    must_not=("spam_content", "hidden_links", "placeholder_page", "default_server_page")),
    home=DepthTruth("zombie", False, must=("abandoned", "homepage_stale"), must_not=("spam_content", "hidden_links")),
    columns=[
        ColumnTruth("乡镇动态", ("news",), iso(G_XW[0][1]), stale=True),
        ColumnTruth("通知公告", ("notice",), iso(G_TZ[0][1]), stale=True),
        ColumnTruth("政策法规", ("policy",), iso(G_ZC[0][1]), stale=True),
        ColumnTruth("党建工作", ("other", "news"), iso(G_DJ[0][1]), stale=None),
    ],
    homepage_newest=iso(G_XW[0][1]),
    page_dates={G_XW[0][2]: iso(G_XW[0][1])},
    notes="今天是：2026年11月26日 (server-written), ©2026 and a weather box are no updates",
)


# =========================================================== H: six empty columns
H_HOST = "tyjrj.songxi.gov.cn"
H_DT_T = [
    "县退役军人事务局开展冬季走访慰问困难退役军人活动", "松溪县举行2026年退役士兵欢迎仪式",
    "县退役军人事务局召开退役军人就业创业座谈会", "县退役军人服务中心开展“光荣之家”悬挂工作",
    "县退役军人事务局组织开展烈士纪念日活动", "松溪县退役军人专场招聘会成功举办",
    "县退役军人事务局开展双拥模范城创建宣传", "县退役军人事务局召开党组会议",
]
H_YF_T = [
    "2026年第三季度优抚对象抚恤补助发放情况", "关于2026年度退役士兵安置计划的说明",
    "松溪县烈士褒扬工作指南", "退役军人优待证申领指南",
]
H_DT = [(t, d, f"/art/{d.year}/{d.month}/{d.day}/art_7712_{90312 - i * 11}.html") for i, (t, d) in enumerate(zip(H_DT_T, spaced(6, 8, [5, 7, 9, 6])))]
H_YF = [(t, d, f"/art/{d.year}/{d.month}/{d.day}/art_7718_{90101 - i * 13}.html") for i, (t, d) in enumerate(zip(H_YF_T, spaced(47, 4, [30, 45, 60])))]
remember(H_HOST, H_DT, "工作动态")
remember(H_HOST, H_YF, "优抚安置")
H_COLURL = {"工作动态": "/col/col7712/index.html", "通知公告": "/col/col7713/index.html", "政策法规": "/col/col7714/index.html",
            "政策解读": "/col/col7715/index.html", "人事信息": "/col/col7716/index.html", "规划计划": "/col/col7717/index.html",
            "优抚安置": "/col/col7718/index.html", "财政预决算": "/col/col7719/index.html"}
H_EMPTY = {"通知公告": "暂无内容", "政策法规": "暂无数据", "政策解读": "", "人事信息": "暂无内容",
           "规划计划": "暂无数据", "财政预决算": ""}


def _h_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="SiteName" content="松溪县退役军人事务局">
<meta name="SiteIDCode" content="3507250038">
{COMMON_CSS}{JQ}</head>
"""


def _h_header() -> str:
    nav = "".join(f'<li class="nav-li"><a class="nav-a" href="{u}">{n}</a></li>' for n, u in [("首页", "/")] + list(H_COLURL.items())[:7])
    return f"""<body>
<div class="top-bar"><div class="w1200 clearfix"><div class="fl"><span id="nowDate"></span></div><div class="fr"><a href="https://www.songxi.gov.cn/">松溪县人民政府</a><a href="javascript:;" class="wza">无障碍</a></div></div></div>
<div class="header"><div class="w1200"><div class="logo"><a href="/"><img src="/images/logo_tyjr.png" alt="松溪县退役军人事务局"></a></div>
<div class="search"><input class="txt" id="q"><input type="button" class="btn" id="searchBtn" value="搜索"></div></div></div>
<div class="nav"><ul class="nav-ul clearfix">{nav}</ul></div>
"""


def _h_footer() -> str:
    return county_links_block("松溪县", "songxi.gov.cn") + conac_footer("松溪县退役军人事务局", "3507250038", "云ICP备15007777号", "35072502000090",
                        extra="地址：松溪县松源街道解放街22号　电话：0599-2332001") + ELDER_JS + CLOCK_JS + TONGJI + SPLIT_TEMPLATE_JS + "</body>\n</html>\n"


def _h_box(title: str) -> str:
    u = H_COLURL[title]
    if title == "工作动态":
        inner = f'<ul class="list">\n{li_span(H_DT[:7])}\n</ul>'
    elif title == "优抚安置":
        inner = f'<ul class="list">\n{li_span(H_YF[:4])}\n</ul>'
    elif H_EMPTY[title]:
        inner = f'<ul class="list"><li class="no-data" style="text-align:center;color:#999">{H_EMPTY[title]}</li></ul>'
    else:
        inner = '<ul class="list">\n</ul>'
    return f"""<div class="box"><div class="box-hd clearfix"><h3>{title}</h3><a class="more" href="{u}">更多&gt;&gt;</a></div>
{inner}
</div>
"""


def _h_home() -> str:
    body = f"""
<div class="main w1200">
<div class="banner"><img src="/images/2026/banner_tyjr.jpg" alt="让军人成为全社会尊崇的职业"></div>
<div class="row clearfix"><div class="fl w590">{_h_box("工作动态")}</div><div class="fr w590">{_h_box("通知公告")}</div></div>
<div class="row clearfix"><div class="fl w590">{_h_box("政策法规")}</div><div class="fr w590">{_h_box("政策解读")}</div></div>
<div class="row clearfix"><div class="fl w390">{_h_box("人事信息")}</div><div class="fl w390 ml20">{_h_box("规划计划")}</div><div class="fr w390">{_h_box("财政预决算")}</div></div>
<div class="row clearfix"><div class="fl w590">{_h_box("优抚安置")}</div>
<div class="fr w590"><div class="box"><div class="box-hd clearfix"><h3>服务热线</h3></div><p class="hotline">退役军人服务热线：0599-2332001（工作日 8:00-12:00，14:30-17:30）</p></div></div></div>
</div>
"""
    return _h_head("松溪县退役军人事务局") + _h_header() + body + _h_footer()


def _h_colpage(title: str) -> str:
    if title == "工作动态":
        inner = f'<ul class="list list-page">\n{li_span(H_DT)}\n</ul><div class="page">共{len(H_DT)}条 1/1页</div>'
    elif title == "优抚安置":
        inner = f'<ul class="list list-page">\n{li_span(H_YF)}\n</ul><div class="page">共{len(H_YF)}条 1/1页</div>'
    elif H_EMPTY[title]:
        inner = f'<div class="no-data">{H_EMPTY[title]}</div><div class="page">共0条 0/0页</div>'
    else:
        inner = '<ul class="list list-page">\n</ul><div class="page">共0条记录</div>'
    body = f"""<div class="main w1200"><div class="location">当前位置：<a href="/">首页</a> &gt; {title}</div>
<div class="con-tit"><h3>{title}</h3></div>
{inner}
</div>
"""
    return _h_head(f"{title}-松溪县退役军人事务局") + _h_header() + body + _h_footer()


def _h_article(title: str, d: _dt.date, column: str) -> str:
    body = f"""<div class="main w1200"><div class="article"><h1>{title}</h1><div class="info">发布时间：{d:%Y-%m-%d}　来源：县退役军人事务局</div>
<div class="con"><p>　　{title}。</p></div></div></div>
"""
    return _h_head(title) + _h_header() + body + _h_footer()


H_PAGES: dict[str, str] = {"/": _h_home()}
for _t in H_COLURL:
    H_PAGES[H_COLURL[_t]] = _h_colpage(_t)
for _p, (_t, _d, _c) in ARTICLES[H_HOST].items():
    H_PAGES[_p] = _h_article(_t, _d, _c)

SITE_H = Site(
    key="songxi_tyjrj", host=H_HOST, url=f"http://{H_HOST}/", name="松溪县退役军人事务局",
    charset="utf-8", pages=H_PAGES,
    full=DepthTruth("stale", False, must=("column_empty",),
                    must_not=("homepage_stale", "abandoned", "column_stale", "spam_content", "hidden_links")),
    home=DepthTruth("healthy", True, must_not=("homepage_stale", "abandoned", "undated")),
    columns=[
        ColumnTruth("工作动态", ("news",), iso(H_DT[0][1]), stale=False),
        ColumnTruth("通知公告", ("notice",), None, empty=True),
        ColumnTruth("政策法规", ("policy",), None, empty=True),
        ColumnTruth("政策解读", ("policy",), None, empty=True, why="an empty <ul> under its heading, and its page says 共0条记录"),
        ColumnTruth("人事信息", ("personnel",), None, empty=True),
        ColumnTruth("规划计划", ("planning",), None, empty=True),
        ColumnTruth("财政预决算", ("finance",), None, empty=True, why="an empty <ul>, its page too"),
        ColumnTruth("优抚安置", ("other",), iso(H_YF[0][1]), stale=False),
    ],
    homepage_newest=iso(H_DT[0][1]),
    page_dates={H_DT[0][2]: iso(H_DT[0][1])},
    notes="six empty columns: fails on the five-empty-columns veto (status stale, as the demo's hedong)",
)


# =========================================================== I: 打击非法集资, clean
I_HOST = "jrfw.heyang.gov.cn"
I_DT_T = [
    "县金融服务中心召开2026年第四季度金融形势分析会", "禾阳县举办“政银企”融资对接会，现场签约12.6亿元",
    "县金融服务中心开展“金融知识进万家”宣传活动", "县金融服务中心赴乡镇开展普惠金融调研",
    "禾阳县召开防范化解金融风险工作推进会", "县金融服务中心组织开展金融消费者权益保护宣传",
    "县金融服务中心深入企业开展“融资畅通”走访", "禾阳县上市后备企业培育工作座谈会召开",
]
I_FFJZ_T = [
    "警惕！这些“养老投资”项目是非法集资陷阱", "以“虚拟货币”“区块链”为幌子的非法集资风险提示",
    "远离网络赌博、“地下钱庄”：这些金融犯罪要警惕", "揭秘“高息理财”骗局：年化收益30%的背后",
    "防范“套路贷”“校园贷”风险提示", "警惕非法“代理退保”“代理维权”",
    "“刷单返利”“投资博彩网站稳赚不赔”都是诈骗！", "禾阳县2026年防范非法集资宣传月活动启动",
    "非法集资典型案例：以“私募基金”名义高息揽储", "一图读懂《防范和处置非法集资条例》",
]
I_TZ_T = [
    "关于开展2026年度小额贷款公司年审工作的通知", "关于公布禾阳县地方金融组织名单的公告",
    "关于开展防范非法集资宣传月活动的通知", "关于征集2027年度金融支持重点项目的通知",
    "关于举报非法集资线索奖励办法的公告",
]
I_ZC_T = [
    "《防范和处置非法集资条例》", "禾阳县防范和处置非法集资工作实施方案",
    "禾阳县金融支持实体经济高质量发展若干措施", "禾阳县企业上市挂牌扶持办法",
]
I_DT = [(t, d, f"/jrfw/gzdt/{d:%Y%m}/t{d:%Y%m%d}_{8812 - i * 9}.html") for i, (t, d) in enumerate(zip(I_DT_T, spaced(3, 8, [4, 6, 5, 8])))]
I_FFJZ = [(t, d, f"/jrfw/dffffjz/{d:%Y%m}/t{d:%Y%m%d}_{8801 - i * 7}.html") for i, (t, d) in enumerate(zip(I_FFJZ_T, spaced(7, 10, [8, 12, 15, 10])))]
I_TZ = [(t, d, f"/jrfw/tzgg/{d:%Y%m}/t{d:%Y%m%d}_{8790 - i * 5}.html") for i, (t, d) in enumerate(zip(I_TZ_T, spaced(20, 5, [25, 30, 40])))]
I_ZC = [(t, d, f"/jrfw/zcwj/{d:%Y%m}/t{d:%Y%m%d}_{8700 - i * 11}.html") for i, (t, d) in enumerate(zip(I_ZC_T, spaced(69, 4, [90, 120, 80])))]
for _its, _c in ((I_DT, "工作动态"), (I_FFJZ, "打击非法集资"), (I_TZ, "通知公告"), (I_ZC, "政策文件")):
    remember(I_HOST, _its, _c)
I_COLURL = {"工作动态": "/jrfw/gzdt/", "打击非法集资": "/jrfw/dffffjz/", "通知公告": "/jrfw/tzgg/", "政策文件": "/jrfw/zcwj/"}


def _i_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="禾阳县地方金融服务中心,防范非法集资,普惠金融,金融风险">
<meta name="description" content="禾阳县地方金融服务中心网站">
{COMMON_CSS}<style>.jg-drop{{position:relative;display:inline-block}}.jg-list{{display:none;position:absolute;bottom:30px;left:0;background:#fff;border:1px solid #ddd;width:220px;z-index:9}}
.jg-drop:hover .jg-list{{display:block}}#piaochuang{{position:absolute;z-index:999;width:220px}}</style>
{JQ}</head>
"""


def _i_header() -> str:
    nav = "".join(f'<li class="nav-li"><a class="nav-a" href="{u}">{n}</a></li>' for n, u in [("首页", "/")] + list(I_COLURL.items()) + [("金融知识", "/jrfw/jrzs/"), ("联系我们", "/jrfw/lxwm/")])
    return f"""<body>
<div class="top-bar"><div class="w1200 clearfix"><div class="fl"><span id="nowDate"></span></div><div class="fr"><a href="https://www.heyang.gov.cn/">禾阳县人民政府</a><a href="javascript:;" class="wza">无障碍</a></div></div></div>
<div class="header"><div class="w1200"><div class="logo"><a href="/"><img src="/images/logo_jrfw.png" alt="禾阳县地方金融服务中心"></a></div>
<div class="search"><input class="txt" id="q"><input type="button" class="btn" id="searchBtn" value="搜索"></div></div></div>
<div class="nav"><ul class="nav-ul clearfix">{nav}</ul></div>
"""


def _i_footer() -> str:
    regs = [("中国人民银行", "http://www.pbc.gov.cn/"), ("国家金融监督管理总局", "https://www.nfra.gov.cn/"),
            ("中国证券监督管理委员会", "http://www.csrc.gov.cn/"), ("国家外汇管理局", "https://www.safe.gov.cn/"),
            ("云岭省地方金融管理局", "https://dfjrglj.yunling.gov.cn/"), ("中国互联网金融协会", "https://www.nifa.org.cn/"),
            ("处置非法集资部际联席会议", "http://www.chuzhifeijizi.gov.cn/")]
    lst = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in regs)
    drop = f"""<div class="links w1200"><span>相关链接：</span>
<div class="jg-drop"><a href="javascript:;" class="jg-btn">金融监管部门 ▾</a><ul class="jg-list">{lst}</ul></div>
<div class="jg-drop"><a href="javascript:;" class="jg-btn">县直部门 ▾</a><ul class="jg-list"><li><a href="https://fgw.heyang.gov.cn/">县发展改革局</a></li><li><a href="https://czj.heyang.gov.cn/">县财政局</a></li><li><a href="https://gaj.heyang.gov.cn/">县公安局</a></li></ul></div></div>
"""
    pc = """<div id="piaochuang"><a href="/jrfw/dffffjz/"><img src="/images/2026/fsjz_pc.png" alt="守住钱袋子 护好幸福家 防范非法集资"></a><span class="pc-close" onclick="document.getElementById('piaochuang').style.display='none'">关闭</span></div>
<script type="text/javascript">
var pc=document.getElementById("piaochuang"),x=50,y=60,xin=true,yin=true,step=1;
function floatAD(){var L=0,T=0,R=document.documentElement.clientWidth-pc.offsetWidth,B=document.documentElement.clientHeight-pc.offsetHeight;
pc.style.left=x+document.documentElement.scrollLeft+"px";pc.style.top=y+document.documentElement.scrollTop+"px";
x=x+step*(xin?1:-1);if(x<L){xin=true;x=L;}if(x>R){xin=false;x=R;}y=y+step*(yin?1:-1);if(y<T){yin=true;y=T;}if(y>B){yin=false;y=B;}}
var itl=setInterval("floatAD()",20);pc.onmouseover=function(){clearInterval(itl);};pc.onmouseout=function(){itl=setInterval("floatAD()",20);};
</script>
"""
    return drop + county_links_block("禾阳县", "heyang.gov.cn") + conac_footer("禾阳县地方金融服务中心", "3411250021", "云ICP备16008888号", "34112502000021",
                               extra="地址：禾阳县和平路9号　举报电话：0550-5012110") + pc + ELDER_JS + CLOCK_JS + TONGJI + "</body>\n</html>\n"


def _i_box(title: str, items: list[Item], n: int) -> str:
    return f"""<div class="box"><div class="box-hd clearfix"><h3>{title}</h3><a class="more" href="{I_COLURL[title]}">更多&gt;&gt;</a></div>
<ul class="list">
{li_span(items[:n])}
</ul></div>
"""


def _i_home() -> str:
    kp = """<div class="box jrzs"><div class="box-hd clearfix"><h3>金融知识</h3><a class="more" href="/jrfw/jrzs/">更多&gt;&gt;</a></div>
<div class="jrzs-con"><p><b>非法集资的四个特征：</b>未经有关部门依法许可或者违反国家金融管理规定；通过网络、媒体、推介会、传单、手机短信等途径向社会公开宣传；承诺在一定期限内以货币、实物、股权等方式还本付息或者给付回报；向社会公众即社会不特定对象吸收资金。</p>
<p><b>识别“六合彩”“百家乐”等赌博陷阱：</b>所谓“稳赚不赔”“内部消息”“包赢计划”都是诱饵，参与网络赌博不仅血本无归，还要承担法律责任。</p>
<p>发现非法集资线索，请拨打举报电话 0550-5012110，或登录“国家反诈中心”APP举报。</p></div></div>
"""
    body = f"""
<div class="main w1200">
<div class="banner"><img src="/images/2026/banner_fffjz.jpg" alt="防范非法集资 守护美好生活"></div>
<div class="row clearfix"><div class="fl w590">{_i_box("工作动态", I_DT, 7)}</div><div class="fr w590">{_i_box("打击非法集资", I_FFJZ, 8)}</div></div>
<div class="row clearfix"><div class="fl w590">{_i_box("通知公告", I_TZ, 5)}</div><div class="fr w590">{_i_box("政策文件", I_ZC, 4)}</div></div>
{kp}
</div>
"""
    return _i_head("禾阳县地方金融服务中心") + _i_header() + body + _i_footer()


def _i_colpage(title: str, items: list[Item]) -> str:
    body = f"""<div class="main w1200"><div class="location">当前位置：<a href="/">首页</a> &gt; {title}</div>
<ul class="list list-page">
{li_span(items)}
</ul><div class="page"><script>createPageHTML(1, 0, "index", "html");</script></div></div>
"""
    return _i_head(f"{title}_禾阳县地方金融服务中心") + _i_header() + body + _i_footer()


def _i_article(title: str, d: _dt.date, column: str) -> str:
    extra = ""
    if column == "打击非法集资":
        extra = ("<p>　　近期，一些不法分子以“高额回报”“保本付息”为诱饵，借“养老服务”“虚拟货币”“区块链”“网络博彩”等名义实施非法集资和诈骗。"
                 "广大群众要牢记：高收益必然伴随高风险，对“稳赚不赔”“日赚千元”的宣传要提高警惕，不参与网络赌博，不轻信“刷单返利”。</p>")
    body = f"""<div class="main w1200"><div class="location">当前位置：<a href="/">首页</a> &gt; {column} &gt; 正文</div>
<div class="article"><h1>{title}</h1><div class="info">发布时间：{d:%Y-%m-%d}　来源：禾阳县地方金融服务中心</div>
<div class="TRS_Editor"><p>　　{title}。</p>{extra}</div></div></div>
"""
    return _i_head(title) + _i_header() + body + _i_footer()


I_PAGES: dict[str, str] = {"/": _i_home()}
for _t, _its in (("工作动态", I_DT), ("打击非法集资", I_FFJZ), ("通知公告", I_TZ), ("政策文件", I_ZC)):
    I_PAGES[I_COLURL[_t]] = _i_colpage(_t, _its)
for _p, (_t, _d, _c) in ARTICLES[I_HOST].items():
    I_PAGES[_p] = _i_article(_t, _d, _c)

SITE_I = Site(
    key="heyang_jrfw", host=I_HOST, url=f"http://{I_HOST}/", name="禾阳县地方金融服务中心",
    charset="utf-8", pages=I_PAGES,
    full=DepthTruth("healthy", True, must_not=(
        "spam_content", "hidden_links", "offsite_redirect", "homepage_stale", "column_stale", "column_empty", "undated")),
    home=DepthTruth("healthy", True, must_not=("spam_content", "hidden_links", "homepage_stale", "undated")),
    columns=[
        ColumnTruth("工作动态", ("news",), iso(I_DT[0][1]), stale=False),
        ColumnTruth("打击非法集资", ("other", "news"), iso(I_FFJZ[0][1]), stale=False,
                    why="a crackdown column: its words (网络赌博, 博彩, 六合彩, 百家乐) warn, they do not offer"),
        ColumnTruth("通知公告", ("notice",), iso(I_TZ[0][1]), stale=False),
        ColumnTruth("政策文件", ("policy",), iso(I_ZC[0][1]), stale=False),
    ],
    homepage_newest=iso(I_DT[0][1]),
    page_dates={I_FFJZ[2][2]: iso(I_FFJZ[2][1])},
    notes="a hover drop-down of regulators' links (display:none until hovered) is no hidden link; a floating 飘窗 is no hijack",
)


SITES: list[Site] = [SITE_A, SITE_B, SITE_C, SITE_D, SITE_E, SITE_F, SITE_G, SITE_H, SITE_I]


def _check_links() -> None:
    """Every own-site link of a page the crawler reads leads to a page we serve."""
    for s in SITES:
        for html in list(s.pages.values()):
            for href in re.findall(r'href="(/[^"#]*)"', html):
                href = href.replace("&amp;", "&")
                if href not in s.pages:
                    s.pages.setdefault(href, _generic(s, href))


def _generic(s: Site, path: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{s.charset}"><title>{s.name}</title></head>'
            f'<body><div class="location"><a href="/">首页</a></div><div class="con"><h1>{s.name}</h1>'
            f"<p>本栏目介绍{s.name}相关工作。</p></div></body></html>")


_check_links()
