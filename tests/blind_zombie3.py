"""Blind evaluation zombie3: dead Chinese government sites that look alive, next to
live ones wearing the same chrome.

Written from scratch (Hanweb / TRS / dedecms / phpcms shaped templates) before any
scan of them; the truth below was fixed at the same time.  NOW is the scan day.

Tricks carried by the dead sites: a server-side clock in the header (今天是…星期四),
a weather box, a visitor counter with 统计日期, a copyright running to this year,
an ICP line, a 最后更新 stamp written per request, a 滚动新闻 ticker and an iframe
fed from the provincial portal (fresh items, links off-site, dates in their URLs),
a 今日推荐 block that rotates old items, a calendar widget, a 网站访问量 box, a
pinned 置顶 item re-dated today on a dead column's list page (its URL keeps the
old date), a typo'd future date (2062), a banner's 更新时间.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from zlib import crc32


def _h(s: str) -> int:
    return crc32(s.encode())

NOW = date(2026, 11, 26)
TODAY_CN = "2026年11月26日"
WEEKDAY_CN = "星期四"

_TITLES = {
    "news": [
        "区政府召开第{n}次常务会议研究部署重点工作",
        "区领导带队开展安全生产督导检查",
        "我区召开优化营商环境工作推进会",
        "区委理论学习中心组开展专题学习",
        "全区秋冬季森林防火工作会议召开",
        "我区举办2024年度招商引资项目集中签约仪式",
        "区人大常委会调研民生实事项目推进情况",
        "区政协委员视察乡村振兴示范点建设",
        "我区开展“安全生产月”集中宣传咨询日活动",
        "区长主持召开防汛抗旱工作专题会议",
        "市督查组来我区检查高标准农田建设工作",
        "我区召开农村人居环境整治现场推进会",
        "区领导走访慰问困难群众和老党员",
        "全区信访工作联席会议召开",
        "我区举行重大项目集中开工活动",
        "区政府与省农科院签署战略合作协议",
    ],
    "notice": [
        "关于开展{n}年度政府信息公开工作年度报告编制的通知",
        "关于做好元旦春节期间安全生产工作的通知",
        "关于公开征求《区国土空间总体规划》意见的公告",
        "关于调整部分公交线路的通告",
        "关于开展第五次全国经济普查入户登记的公告",
        "区人民政府办公室关于印发2024年重点工作任务分解的通知",
        "关于城区部分路段临时交通管制的通告",
        "关于公布区级行政许可事项清单的公告",
        "关于2024年度区级预算绩效评价结果的公示",
        "关于做好冬季供暖工作的通知",
    ],
    "policy": [
        "区人民政府关于印发促进民营经济高质量发展若干措施的通知",
        "区人民政府办公室关于进一步加强城市精细化管理的实施意见",
        "区人民政府关于印发区级储备粮管理办法的通知",
        "区人民政府关于调整城乡居民基本养老保险基础养老金标准的通知",
        "区人民政府办公室关于印发区突发事件总体应急预案的通知",
        "区人民政府关于加快发展现代服务业的若干意见",
    ],
    "personnel": [
        "区人民政府关于张某某等同志职务任免的通知",
        "2024年区属事业单位公开招聘工作人员拟聘用人员公示",
        "区人民政府关于李某某同志任职的通知",
        "区级机关公开遴选公务员拟遴选人员名单公示",
    ],
}


def _items(kind: str, start: date, step_days: int, count: int, seed: int = 0) -> list[tuple[str, date]]:
    pool = _TITLES[kind]
    out = []
    d = start
    for i in range(count):
        t = pool[(i + seed) % len(pool)].replace("{n}", str(12 + i))
        out.append((t, d))
        d = d - timedelta(days=step_days + (i % 3))
    return out


# ----------------------------------------------------------------- shared chrome

_CSS = """
*{margin:0;padding:0}body{font:12px/1.8 "Microsoft YaHei",SimSun,Arial;color:#333;background:#f3f3f3}
a{color:#333;text-decoration:none}a:hover{color:#c00;text-decoration:underline}
.w1200{width:1200px;margin:0 auto}.clearfix:after{content:"";display:block;clear:both}
.top-bar{height:34px;line-height:34px;background:#f7f7f7;border-bottom:1px solid #e5e5e5}
.top-bar .fl{float:left}.top-bar .fr{float:right}.top-bar a{margin:0 6px}
.header{height:150px;background:url(/images/head_bg.jpg) no-repeat center top}
.nav{height:48px;background:#1958a7}.nav li{float:left;position:relative;list-style:none}
.nav li a{display:block;padding:0 22px;line-height:48px;color:#fff;font-size:16px}
.nav .sub{display:none;position:absolute;top:48px;left:0;width:760px;background:#fff;z-index:99}
.nav li:hover .sub{display:block}.sub dl{float:left;width:180px;padding:10px}
.sub dt{font-weight:bold;border-bottom:1px solid #ddd}.sub dd a{color:#333;font-size:13px;padding:0}
.box{background:#fff;margin-top:12px;padding:10px 15px}.box-hd{height:38px;border-bottom:2px solid #1958a7}
.box-hd h3{float:left;font-size:18px;color:#1958a7}.box-hd .more{float:right;color:#999}
.list li{list-style:none;height:32px;line-height:32px;overflow:hidden;border-bottom:1px dashed #e1e1e1}
.list li span{float:right;color:#999}.list li a{display:block;float:left;width:80%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.footer{background:#1958a7;color:#fff;text-align:center;padding:20px 0;margin-top:20px}.footer a{color:#fff}
.weather{display:inline-block;margin-left:10px}.counter{color:#c00}.banner{height:90px;margin-top:10px}
.calendar table{width:100%;border-collapse:collapse}.calendar td{text-align:center;height:24px}
.calendar td.today{background:#1958a7;color:#fff}.scroll-news{height:36px;overflow:hidden}
.tab-hd li{float:left;list-style:none;padding:0 14px;cursor:pointer}.tab-hd li.on{background:#1958a7;color:#fff}
.tab-bd .panel{display:none}.tab-bd .panel.on{display:block}.link-sel select{width:220px;margin:5px}
.sidebar{float:right;width:290px}.main-left{float:left;width:880px}.pager{text-align:center;padding:15px}
.pager a,.pager span{display:inline-block;padding:2px 8px;border:1px solid #ddd;margin:0 2px}
.zhiding{color:#c00;font-weight:bold;margin-right:4px}
"""

_JS = """
<script type="text/javascript">
(function(){function $(id){return document.getElementById(id)}
function tab(hd,bd){var hs=$(hd).getElementsByTagName('li'),ps=$(bd).children;
for(var i=0;i<hs.length;i++){(function(k){hs[k].onmouseover=function(){for(var j=0;j<hs.length;j++){hs[j].className='';ps[j].className='panel'}
hs[k].className='on';ps[k].className='panel on'}})(i)}}
window.siteTab=tab;
var fontSize=14;window.setFont=function(s){fontSize=s;var c=$('zoom');if(c){c.style.fontSize=s+'px'}};
window.addFav=function(){try{window.external.addFavorite(location.href,document.title)}catch(e){alert('请按 Ctrl+D 收藏本站')}};
window.setHome=function(o){try{o.style.behavior='url(#default#homepage)';o.setHomePage(location.href)}catch(e){alert('您的浏览器不支持，请手动设置')}};
function marquee(id,speed){var box=$(id);if(!box)return;var inner=box.firstElementChild;var copy=inner.cloneNode(true);box.appendChild(copy);
var t=setInterval(function(){if(box.scrollLeft>=inner.offsetWidth){box.scrollLeft=0}else{box.scrollLeft++}},speed||30);
box.onmouseover=function(){clearInterval(t)};box.onmouseout=function(){t=setInterval(function(){if(box.scrollLeft>=inner.offsetWidth){box.scrollLeft=0}else{box.scrollLeft++}},speed||30)}}
window.siteMarquee=marquee;
var _hmt=_hmt||[];var hm=document.createElement('script');hm.src='/js/stat.js?v=20190311';
var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(hm,s);
function slider(id){var box=$(id);if(!box)return;var imgs=box.getElementsByTagName('li'),n=0;
setInterval(function(){imgs[n].style.display='none';n=(n+1)%imgs.length;imgs[n].style.display='block'},5000)}
window.siteSlider=slider;
})();
</script>
"""

_TOWNS = ["城关镇", "东关街道", "西湖街道", "南山镇", "北岭镇", "青石乡", "白马镇", "河口镇",
          "龙泉镇", "太平乡", "新华街道", "长安镇", "永丰乡", "安宁镇", "柳林镇", "石桥乡"]
_DEPTS = ["发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安分局", "民政局", "司法局",
          "财政局", "人力资源和社会保障局", "自然资源局", "生态环境分局", "住房和城乡建设局",
          "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康局",
          "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局",
          "城市管理局", "信访局", "行政审批服务局", "林业局", "粮食和物资储备局", "档案馆"]


def _mega_menu(prefix: str) -> str:
    groups = {
        "首页": [],
        "政务公开": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报",
                 "机构职能", "领导信息", "政策文件", "政策解读", "规划计划", "财政预决算", "人事信息",
                 "重点领域信息公开", "建议提案办理", "统计信息", "应急管理", "审计信息"],
        "政务服务": ["个人办事", "法人办事", "部门服务", "便民服务", "办件公示", "办事指南",
                 "证照办理", "社保服务", "公积金查询", "不动产登记", "企业开办", "工程建设项目审批"],
        "政民互动": ["区长信箱", "部门信箱", "在线咨询", "网上调查", "意见征集", "在线访谈",
                 "12345热线", "常见问题", "投诉举报"],
        "走进本区": ["区情概况", "历史沿革", "行政区划", "人口民族", "自然资源", "旅游景点",
                 "特色产业", "投资指南", "城市名片"],
        "专题专栏": ["乡村振兴", "优化营商环境", "安全生产", "扫黑除恶", "疫情防控", "文明城市创建",
                 "党史学习教育", "法治政府建设", "河湖长制", "民生实事"],
    }
    parts = ['<div class="nav"><ul class="w1200 clearfix">']
    for i, (g, subs) in enumerate(groups.items()):
        parts.append(f'<li><a href="{prefix}/{"index" if i == 0 else f"nav{i}"}.html">{g}</a>')
        if subs:
            parts.append('<div class="sub clearfix">')
            for k in range(0, len(subs), 4):
                parts.append(f'<dl><dt>{subs[k]}</dt>')
                for s in subs[k:k + 4]:
                    parts.append(f'<dd><a href="{prefix}/nav{i}/sub{k}/{_h(s) % 9000 + 1000}.html">{s}</a></dd>')
                parts.append('</dl>')
            parts.append('</div>')
        parts.append('</li>')
    parts.append('</ul></div>')
    return "".join(parts)


def _link_selects() -> str:
    sel = ['<div class="box link-sel"><div class="box-hd"><h3>网站链接</h3></div>']
    sel.append('<select onchange="window.open(this.value)"><option>—— 国家部委网站 ——</option>')
    for n in ["中国政府网", "国家发展改革委", "教育部", "科技部", "工业和信息化部", "公安部", "民政部",
              "司法部", "财政部", "人力资源社会保障部", "自然资源部", "生态环境部", "住房城乡建设部",
              "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部", "国家卫生健康委"]:
        sel.append(f'<option value="http://www.gov.cn/{_h(n) % 999}/">{n}</option>')
    sel.append('</select><select onchange="window.open(this.value)"><option>—— 区直部门网站 ——</option>')
    for n in _DEPTS:
        sel.append(f'<option value="/bm/{_h(n) % 999}/">{n}</option>')
    sel.append('</select><select onchange="window.open(this.value)"><option>—— 乡镇街道网站 ——</option>')
    for n in _TOWNS:
        sel.append(f'<option value="/xz/{_h(n) % 999}/">{n}</option>')
    sel.append('</select></div>')
    return "".join(sel)


def _service_grid() -> str:
    names = ["社保查询", "公积金查询", "不动产登记", "户籍办理", "出入境", "驾驶证", "婚姻登记", "生育登记",
             "医保报销", "就业创业", "教育入学", "养老服务", "残疾人服务", "住房保障", "企业开办",
             "税务办理", "工程建设", "食品经营", "药品许可", "特种设备", "交通出行", "水电气暖"]
    out = ['<div class="box"><div class="box-hd"><h3>便民服务</h3></div><ul class="svc clearfix">']
    for i, n in enumerate(names):
        out.append(f'<li><a href="/bmfw/{i + 100}.html" title="{n}"><img src="/images/ico_{i}.png" alt="{n}"><p>{n}</p></a></li>')
    out.append('</ul></div>')
    return "".join(out)


def _dept_box() -> str:
    out = ['<div class="box"><div class="box-hd"><h3>部门乡镇</h3></div><div class="bm clearfix">']
    for n in _DEPTS + _TOWNS:
        out.append(f'<a href="/bm/{_h(n) % 999}/index.html" target="_blank">{n}</a> ')
    out.append('</div></div>')
    return "".join(out)


def _footer(name: str, years: str, icp: str, extra: str = "") -> str:
    return (
        '<div class="footer"><div class="w1200">'
        '<p><a href="/about/wzdt.html">网站地图</a> | <a href="/about/lxwm.html">联系我们</a> | '
        '<a href="/about/sybz.html">使用帮助</a> | <a href="/about/mzsm.html">免责声明</a></p>'
        f'<p>主办：{name}办公室 承办：{name}大数据中心 版权所有 © {years}</p>'
        f'<p>网站标识码：{_h(name) % 10**10:010d} <a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a> '
        f'<img src="/images/ga.png"> 公网安备 {_h(icp) % 10**14:014d}号</p>'
        '<p>联系电话：0571-8888xxxx 地址：人民路1号 建议使用1366*768分辨率 IE9以上浏览器</p>'
        f'{extra}'
        '<p><a href="http://bszs.conac.cn/sitename?method=show&id=1" target="_blank"><img src="/images/red.png" alt="党政机关"></a>'
        '<a href="http://www.gov.cn/zhuanti/wzjc/" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a></p>'
        '</div></div>'
    )


def _header(name: str, clock: bool, weather: bool, counter: bool, stamp: bool) -> str:
    left = []
    if clock:
        left.append(f'<span id="today">今天是{TODAY_CN} {WEEKDAY_CN}</span>')
    if weather:
        left.append('<span class="weather"><img src="/images/w/qing.png"> 晴 3℃~14℃ 东北风3级 空气质量：良</span>')
    right = ['<a href="javascript:void(0)" onclick="setHome(this)">设为首页</a>',
             '<a href="javascript:void(0)" onclick="addFav()">加入收藏</a>',
             '<a href="/wza/index.html">无障碍浏览</a>', '<a href="/m/index.html">手机版</a>',
             '<a href="/en/index.html">English</a>']
    if counter:
        right.append('<span class="counter">访问量：<b>3,128,457</b></span>')
    if stamp:
        right.append(f'<span class="update">最后更新：{NOW.isoformat()}</span>')
    return (
        '<div class="top-bar"><div class="w1200">'
        f'<div class="fl">{"".join(left)}</div><div class="fr">{"".join(right)}</div></div></div>'
        f'<div class="header w1200"><a href="/"><img src="/images/logo.png" alt="{name}"></a>'
        '<div class="search"><form action="/jsearch/search.do" method="get"><input name="q" placeholder="请输入关键字">'
        '<input type="hidden" name="webid" value="1"><button type="submit">搜索</button></form>'
        '<p class="hot-words">热词：<a href="/s?q=社保">社保</a> <a href="/s?q=公积金">公积金</a> '
        '<a href="/s?q=不动产">不动产</a> <a href="/s?q=招聘">招聘</a></p></div></div>'
    )


def _calendar() -> str:
    rows = ['<div class="box calendar"><div class="box-hd"><h3>日历</h3></div>'
            '<p class="cal-title">2026年11月</p><table><tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr><tr>']
    for d in range(1, 31):
        cls = ' class="today"' if d == NOW.day else ""
        rows.append(f'<td{cls}><a href="/calendar/2026-11-{d:02d}.html">{d}</a></td>')
        if d % 7 == 0:
            rows.append('</tr><tr>')
    rows.append('</tr></table></div>')
    return "".join(rows)


def _visits_box() -> str:
    return ('<div class="box visits"><div class="box-hd"><h3>网站访问量</h3></div>'
            '<p>今日访问：1,203</p><p>本月访问：35,881</p><p>累计访问：8,662,190</p>'
            f'<p>统计日期：{NOW.isoformat()}</p><p>（自2012年3月1日起统计）</p></div>')


def _fmt(d: date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "bracket":
        return f"[{d.isoformat()}]"
    if style == "md":
        return f"[{d.month:02d}-{d.day:02d}]"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "cn":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    raise ValueError(style)


def _url(cms: str, col: str, d: date, i: int) -> str:
    if cms == "trs":
        return f"/{col}/{d.year}{d.month:02d}/t{d.year}{d.month:02d}{d.day:02d}_{4_418_000 + i}.html"
    if cms == "hanweb":
        return f"/art/{d.year}/{d.month}/{d.day}/art_{1200 + _h(col) % 90}_{3_380_000 + i}.html"
    if cms == "dede":
        return f"/a/{col}/{d.year}/{d.month:02d}{d.day:02d}/{9100 + i}.html"
    return f"/index.php?m=content&c=index&a=show&catid={20 + _h(col) % 9}&id={5500 + i}"


def _col_box(title: str, more: str, items: list[tuple[str, date]], cms: str, col: str, style: str,
             n: int = 7) -> str:
    out = [f'<div class="box"><div class="box-hd"><h3>{title}</h3><a class="more" href="{more}">更多&gt;&gt;</a></div><ul class="list">']
    for i, (t, d) in enumerate(items[:n]):
        out.append(f'<li><a href="{_url(cms, col, d, i)}" target="_blank" title="{t}">{t}</a><span>{_fmt(d, style)}</span></li>')
    out.append('</ul></div>')
    return "".join(out)


def _list_page(site_name: str, col_title: str, items: list[tuple[str, date]], cms: str, col: str,
               style: str, pinned: tuple[str, date, str] | None = None, chrome: dict[str, bool] | None = None) -> str:
    ch = chrome or {}
    body = [f'<div class="w1200 clearfix"><div class="crumb">当前位置：<a href="/">首页</a> &gt; {col_title}</div>',
            '<div class="main-left box">', f'<div class="box-hd"><h3>{col_title}</h3></div><ul class="list">']
    if pinned:
        t, d, url = pinned
        body.append(f'<li><span class="zhiding">[置顶]</span><a href="{url}" target="_blank">{t}</a><span>{_fmt(d, style)}</span></li>')
    for i, (t, d) in enumerate(items):
        body.append(f'<li><a href="{_url(cms, col, d, i)}" target="_blank">{t}</a><span>{_fmt(d, style)}</span></li>')
    body.append('</ul>')
    pages = 3 + len(items) // 5
    body.append(f'<div class="pager">共{len(items) * pages}条 第1页/共{pages}页 <span>首页</span> <span>上一页</span> '
                f'<a href="index_1.html">下一页</a> <a href="index_{pages - 1}.html">尾页</a></div></div>')
    body.append('<div class="sidebar"><div class="box"><div class="box-hd"><h3>栏目导航</h3></div><ul>'
                '<li><a href="/zwdt/">工作动态</a></li><li><a href="/tzgg/">通知公告</a></li>'
                '<li><a href="/zcwj/">政策文件</a></li><li><a href="/rsxx/">人事信息</a></li></ul></div></div></div>')
    return _doc(f"{col_title}-{site_name}", site_name, "".join(body), ch)


def _doc(title: str, name: str, body: str, ch: dict[str, Any], years: str = "2008-2026",
         footer_extra: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f'<title>{title}</title><meta name="SiteName" content="{name}"><meta name="SiteDomain" content="">'
        '<meta name="ColumnName" content="首页"><meta name="ColumnType" content="首页">'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">'
        f'<style type="text/css">{_CSS}</style>'
        '<script src="/js/jquery-1.11.3.min.js"></script>'
        '</head><body>'
        + _header(name, ch.get("clock", True), ch.get("weather", False), ch.get("counter", False), ch.get("stamp", False))
        + _mega_menu("")
        + body
        + _footer(name, years, ch.get("icp", "浙ICP备05012345号-1"), footer_extra)
        + _JS
        + '</body></html>'
    )


def _ticker_offsite(items: list[tuple[str, date]]) -> str:
    out = ['<div class="box scroll-news"><strong>滚动新闻：</strong><div id="gdxw" class="gundong"><div class="inner">']
    for i, (t, d) in enumerate(items):
        out.append(f'<a href="http://www.zj.gov.cn/art/{d.year}/{d.month}/{d.day}/art_1554467_{59_000_000 + i}.html" '
                   f'target="_blank">{t}（{d.month}月{d.day}日）</a>&nbsp;&nbsp;')
    out.append('</div></div><script>siteMarquee("gdxw",30)</script></div>')
    return "".join(out)


def _province_iframe_box() -> str:
    return ('<div class="box sidebar-feed"><div class="box-hd"><h3>省政府要闻</h3>'
            '<a class="more" href="http://www.zj.gov.cn/col/col1554467/index.html" target="_blank">更多&gt;&gt;</a></div>'
            '<iframe src="http://www.zj.gov.cn/module/rss/sidebar.jsp?num=8" width="290" height="260" frameborder="0" scrolling="no"></iframe></div>')


_PROVINCE_FRESH = [
    ("省政府常务会议研究部署冬季安全生产等工作", NOW - timedelta(days=1)),
    ("全省数字经济高质量发展大会在杭州召开", NOW - timedelta(days=2)),
    ("省领导调研山区海岛县高质量发展工作", NOW - timedelta(days=3)),
    ("我省出台支持民营企业发展壮大若干措施", NOW - timedelta(days=4)),
    ("全省秋冬季大气污染防治攻坚行动部署会召开", NOW - timedelta(days=6)),
]


def _focus_slider(items: list[tuple[str, date]], cms: str) -> str:
    out = ['<div class="focus" id="focus"><ul>']
    for i, (t, d) in enumerate(items[:4]):
        out.append(f'<li><a href="{_url(cms, "tpxw", d, 80 + i)}" target="_blank"><img src="/images/upload/focus_{i}.jpg" alt="{t}"><p>{t}</p></a></li>')
    out.append('</ul><script>siteSlider("focus")</script></div>')
    return "".join(out)


def _hot_rotating(items: list[tuple[str, date]], cms: str) -> str:
    # a 今日推荐 block: old items rotated in by script, no dates shown
    out = ['<div class="box hot"><div class="box-hd"><h3>今日推荐</h3></div><ul class="list">']
    for i, (t, d) in enumerate(items):
        out.append(f'<li><a href="{_url(cms, "tj", d, 300 + i)}" target="_blank">{t}</a></li>')
    out.append('</ul></div>')
    return "".join(out)


def _banner(text: str) -> str:
    return f'<div class="banner w1200"><a href="/zt/2026xxgc/index.html"><img src="/images/banner_zt.jpg" alt="{text}"></a><p class="banner-note">{text}</p></div>'


def _interview_box() -> str:
    return ('<div class="box"><div class="box-hd"><h3>在线访谈</h3><a class="more" href="/zxft/index.html">更多&gt;&gt;</a></div>'
            '<div class="ft"><img src="/images/ft.jpg"><p>访谈嘉宾：区住建局负责人</p><p>访谈主题：老旧小区改造工作</p></div></div>')


def _xxgk_dir() -> str:
    cats = ["机构职能", "政策文件", "规划计划", "财政资金", "行政执法", "重大项目", "公共服务", "统计信息"]
    out = ['<div class="box xxgk"><div class="box-hd"><h3>部门信息公开目录</h3>'
           '<a class="more" href="/xxgk/index.html">进入信息公开平台&gt;&gt;</a></div><div class="xxgk-tree">']
    for n in _DEPTS[:18]:
        code = _h(n) % 9000 + 1000
        out.append(f'<dl class="clearfix"><dt><a href="/xxgk/{code}/index.html">{n}</a></dt>')
        for k, c in enumerate(cats):
            out.append(f'<dd><a href="/xxgk/{code}/{k + 1:02d}/index.html" title="{n}{c}">{c}</a></dd>')
        out.append('</dl>')
    out.append('</div></div>')
    return "".join(out)


def _zt_box() -> str:
    names = ["学习贯彻党的二十大精神", "优化营商环境", "乡村振兴", "安全生产专项整治三年行动", "河湖长制",
             "全国文明城市创建", "法治政府建设", "政府网站年度报表", "民生实事项目", "12345政务服务便民热线",
             "防范非法集资", "扫黑除恶常态化"]
    out = ['<div class="box zt"><div class="box-hd"><h3>专题专栏</h3><a class="more" href="/ztzl/index.html">更多&gt;&gt;</a></div><ul class="zt-list clearfix">']
    for i, n in enumerate(names):
        out.append(f'<li><a href="/ztzl/zt{i + 1:02d}/index.html" target="_blank"><img src="/images/zt/zt{i + 1:02d}.jpg" alt="{n}" width="280" height="70"></a></li>')
    out.append('</ul></div>')
    return "".join(out)


# ------------------------------------------------------------------ site builder

COLS = {
    "news": ("工作动态", "zwdt"),
    "notice": ("通知公告", "tzgg"),
    "policy": ("政策文件", "zcwj"),
    "personnel": ("人事信息", "rsxx"),
}


def _site(host: str, name: str, cms: str, style: str, cols: dict[str, list[tuple[str, date]]],
          chrome: dict[str, Any], extras_top: str = "", extras_side: str = "",
          pinned: dict[str, tuple[str, date, str]] | None = None, list_style: str | None = None,
          years: str = "2008-2026", footer_extra: str = "") -> dict[str, str]:
    pages: dict[str, str] = {}
    left = [extras_top]
    first = next(iter(cols.values()))
    left.append(_focus_slider(first, cms))
    for kind, items in cols.items():
        title, slug = COLS[kind]
        left.append(_col_box(title, f"/{slug}/index.html", items, cms, slug, style))
        pages[f"/{slug}/index.html"] = _list_page(name, title, items, cms, slug, list_style or "iso",
                                                   (pinned or {}).get(kind), chrome)
    left.append(_interview_box())
    newest = max(d for items in cols.values() for _, d in items if d <= NOW)
    talks = [(f"在线访谈：{t}", newest - timedelta(days=10 + 30 * i)) for i, t in enumerate(
        ["老旧小区改造工作", "优化营商环境", "乡村振兴工作", "医保政策解读", "义务教育招生", "安全生产"])]
    pages["/zxft/index.html"] = _list_page(name, "在线访谈", talks, cms, "zxft", list_style or "iso", None, chrome)
    body = (f'<div class="w1200 clearfix"><div class="main-left">{"".join(left)}</div>'
            f'<div class="sidebar">{extras_side}{_calendar() if chrome.get("calendar") else ""}'
            f'{_visits_box() if chrome.get("visits") else ""}</div></div>'
            + _zt_box() + _service_grid() + _xxgk_dir() + _dept_box() + _link_selects())
    pages["/"] = _doc(name, name, body, chrome, years, footer_extra)
    return pages


def _d(s: str) -> date:
    return date.fromisoformat(s)


# truth: "must"/"must_not" hold at depth full; at --depth home only the homepage findings
# (homepage_stale, abandoned) of "must" are expected, and "home_status" is the sweep's status.
SITES: list[dict[str, Any]] = []


def _add(host: str, name: str, pages: dict[str, str], truth: dict[str, Any]) -> None:
    SITES.append({"host": host, "name": name, "pages": pages, "truth": truth})


# 1. Hanweb zombie: clock, weather, counter, 最后更新 stamp, © 2008-2026 -- newest item 2024-08-12
_c1 = {"news": _items("news", _d("2024-08-12"), 9, 12), "notice": _items("notice", _d("2024-06-03"), 20, 10),
       "policy": _items("policy", _d("2024-03-11"), 40, 8)}
_add("www.qingxi.gov.cn", "清溪区人民政府", _site(
    "www.qingxi.gov.cn", "清溪区人民政府", "hanweb", "iso", _c1,
    {"clock": True, "weather": True, "counter": True, "stamp": True}),
    {"status": "zombie", "passed": False, "home_status": "zombie", "last_updated": "2024-08-12",
     "must": ["homepage_stale", "abandoned", "column_stale"], "must_not": [],
     "columns": [{"name": "工作动态", "type": "news", "newest": "2024-08-12", "empty": False},
                 {"name": "通知公告", "type": "notice", "newest": "2024-06-03", "empty": False},
                 {"name": "政策文件", "type": "policy", "newest": "2024-03-11", "empty": False}]})

# 2. Hanweb fresh twin of 1: same chrome, columns move
_c2 = {"news": _items("news", _d("2026-11-25"), 2, 12, 3), "notice": _items("notice", _d("2026-11-20"), 6, 10, 2),
       "policy": _items("policy", _d("2026-10-30"), 25, 8, 1)}
_add("www.baisha.gov.cn", "白沙区人民政府", _site(
    "www.baisha.gov.cn", "白沙区人民政府", "hanweb", "iso", _c2,
    {"clock": True, "weather": True, "counter": True, "stamp": True}),
    {"status": "healthy", "passed": True, "home_status": "healthy", "last_updated": "2026-11-25",
     "must": [], "must_not": ["homepage_stale", "abandoned", "column_stale", "column_empty", "undated"],
     "columns": [{"name": "工作动态", "type": "news", "newest": "2026-11-25", "empty": False},
                 {"name": "通知公告", "type": "notice", "newest": "2026-11-20", "empty": False},
                 {"name": "政策文件", "type": "policy", "newest": "2026-10-30", "empty": False}]})

# 3. TRS zombie: provincial 滚动新闻 ticker (fresh, off-site, dated URLs) + iframe feed; own news 2025-06-20
_c3 = {"news": _items("news", _d("2025-06-20"), 11, 12, 5), "notice": _items("notice", _d("2025-04-08"), 30, 10, 4),
       "personnel": _items("personnel", _d("2024-12-30"), 60, 6)}
_add("www.lianhe.gov.cn", "莲荷县人民政府", _site(
    "www.lianhe.gov.cn", "莲荷县人民政府", "trs", "bracket", _c3,
    {"clock": True, "icp": "浙ICP备10022334号"},
    extras_top=_ticker_offsite(_PROVINCE_FRESH), extras_side=_province_iframe_box()),
    {"status": "zombie", "passed": False, "home_status": "zombie", "last_updated": "2025-06-20",
     "must": ["homepage_stale", "abandoned", "column_stale"], "must_not": [],
     "columns": [{"name": "工作动态", "type": "news", "newest": "2025-06-20", "empty": False},
                 {"name": "通知公告", "type": "notice", "newest": "2025-04-08", "empty": False},
                 {"name": "人事信息", "type": "personnel", "newest": "2024-12-30", "empty": False}]})

# 4. TRS fresh twin of 3: same ticker and iframe; own columns move
_c4 = {"news": _items("news", _d("2026-11-24"), 3, 12, 7), "notice": _items("notice", _d("2026-11-16"), 9, 10, 6),
       "personnel": _items("personnel", _d("2026-09-18"), 45, 6, 2)}
_add("www.jinhe.gov.cn", "金河县人民政府", _site(
    "www.jinhe.gov.cn", "金河县人民政府", "trs", "bracket", _c4,
    {"clock": True, "icp": "浙ICP备10099887号"},
    extras_top=_ticker_offsite(_PROVINCE_FRESH), extras_side=_province_iframe_box()),
    {"status": "healthy", "passed": True, "home_status": "healthy", "last_updated": "2026-11-24",
     "must": [], "must_not": ["homepage_stale", "abandoned", "column_stale", "column_empty", "undated"],
     "columns": [{"name": "工作动态", "type": "news", "newest": "2026-11-24", "empty": False},
                 {"name": "通知公告", "type": "notice", "newest": "2026-11-16", "empty": False},
                 {"name": "人事信息", "type": "personnel", "newest": "2026-09-18", "empty": False}]})

# 5. dedecms zombie: news list page has a 置顶 item re-dated 2026-11-20 whose URL keeps 2023;
#    homepage shows the column's plain items (newest 2025-01-15)
_c5 = {"news": _items("news", _d("2025-01-15"), 8, 12, 2), "notice": _items("notice", _d("2024-11-02"), 25, 10, 8)}
_add("www.songling.gov.cn", "松岭镇人民政府", _site(
    "www.songling.gov.cn", "松岭镇人民政府", "dede", "iso", _c5,
    {"clock": True, "counter": True, "icp": "湘ICP备12004567号"},
    pinned={"news": ("关于进一步规范镇村两级政务公开工作的通知", _d("2026-11-20"), "/a/zwdt/2023/0105/8801.html")},
    years="2012-2026"),
    {"status": "zombie", "passed": False, "home_status": "zombie", "last_updated": "2025-01-15",
     "must": ["homepage_stale", "abandoned", "column_stale"], "must_not": [],
     "columns": [{"name": "工作动态", "type": "news", "newest": "2025-01-15", "empty": False},
                 {"name": "通知公告", "type": "notice", "newest": "2024-11-02", "empty": False}]})

# 6. dedecms fresh: an old notice pinned at the top (dated 2023), fresh items below; year-less homepage dates
_c6 = {"news": _items("news", _d("2026-11-23"), 3, 12, 9), "notice": _items("notice", _d("2026-11-18"), 10, 10, 3)}
_add("www.taoyuan-town.gov.cn", "桃源镇人民政府", _site(
    "www.taoyuan-town.gov.cn", "桃源镇人民政府", "dede", "md", _c6,
    {"clock": True, "counter": True, "icp": "湘ICP备12009876号"},
    pinned={"news": ("关于进一步规范镇村两级政务公开工作的通知", _d("2023-01-05"), "/a/zwdt/2023/0105/8802.html")},
    years="2012-2026"),
    {"status": "healthy", "passed": True, "home_status": "healthy", "last_updated": "2026-11-23",
     "must": [], "must_not": ["homepage_stale", "abandoned", "column_stale", "column_empty", "undated"],
     "columns": [{"name": "工作动态", "type": "news", "newest": "2026-11-23", "empty": False},
                 {"name": "通知公告", "type": "notice", "newest": "2026-11-18", "empty": False}]})

# 7. phpcms zombie: 今日推荐 rotating old undated items, calendar with today, 网站访问量 with 统计日期,
#    a typo'd future item (2062-03-18) in its notices; real newest 2025-05-09
_c7n = _items("notice", _d("2025-03-18"), 30, 10, 1)
_c7n.insert(0, ("关于开展2026年度农村集体经济审计工作的通知", _d("2062-03-18")))
_c7 = {"news": _items("news", _d("2025-05-09"), 10, 12, 11), "notice": _c7n}
_add("www.yunshui.gov.cn", "云水县人民政府", _site(
    "www.yunshui.gov.cn", "云水县人民政府", "phpcms", "cn", _c7,
    {"clock": True, "calendar": True, "visits": True, "icp": "黔ICP备08001234号"},
    extras_top=_hot_rotating(_items("news", _d("2024-10-11"), 30, 6, 4), "phpcms"), years="2009-2026"),
    {"status": "zombie", "passed": False, "home_status": "zombie", "last_updated": "2025-05-09",
     "must": ["homepage_stale", "abandoned", "column_stale", "future_dated"], "must_not": [],
     "columns": [{"name": "工作动态", "type": "news", "newest": "2025-05-09", "empty": False},
                 {"name": "通知公告", "type": "notice", "newest": "2025-03-18", "empty": False}]})

# 8. phpcms fresh twin of 7
_c8 = {"news": _items("news", _d("2026-11-25"), 2, 12, 13), "notice": _items("notice", _d("2026-11-10"), 12, 10, 5)}
_add("www.fengming.gov.cn", "凤鸣县人民政府", _site(
    "www.fengming.gov.cn", "凤鸣县人民政府", "phpcms", "cn", _c8,
    {"clock": True, "calendar": True, "visits": True, "icp": "黔ICP备08005678号"},
    extras_top=_hot_rotating(_items("news", _d("2026-09-11"), 20, 6, 4), "phpcms"), years="2009-2026"),
    {"status": "healthy", "passed": True, "home_status": "healthy", "last_updated": "2026-11-25",
     "must": [], "must_not": ["homepage_stale", "abandoned", "column_stale", "column_empty", "undated"],
     "columns": [{"name": "工作动态", "type": "news", "newest": "2026-11-25", "empty": False},
                 {"name": "通知公告", "type": "notice", "newest": "2026-11-10", "empty": False}]})

# 9. Hanweb sleeping (stale, not zombie): news 2026-08-30 (88 days), notices 2026-07-14 (135 days, within 180);
#    a page-level banner says 更新时间：2026-11-25
_c9 = {"news": _items("news", _d("2026-08-30"), 6, 12, 1), "notice": _items("notice", _d("2026-07-14"), 15, 10, 9),
       "policy": _items("policy", _d("2026-06-02"), 30, 8, 3)}
_add("www.shiqiao.gov.cn", "石桥区人民政府", _site(
    "www.shiqiao.gov.cn", "石桥区人民政府", "hanweb", "iso", _c9,
    {"clock": True, "weather": True, "stamp": True, "icp": "苏ICP备11003344号"},
    extras_top=_banner(f"深入学习贯彻党的二十届四中全会精神专题 更新时间：{(NOW - timedelta(days=1)).isoformat()}")),
    {"status": "stale", "passed": False, "home_status": "stale", "last_updated": "2026-08-30",
     "must": ["homepage_stale", "column_stale"], "must_not": ["abandoned"],
     "columns": [{"name": "工作动态", "type": "news", "newest": "2026-08-30", "empty": False},
                 {"name": "通知公告", "type": "notice", "newest": "2026-07-14", "empty": False},
                 {"name": "政策文件", "type": "policy", "newest": "2026-06-02", "empty": False}]})

# 10. TRS sleeping: news 2026-10-20 (37 days), ticker from the province keeps moving, © to this year
_c10 = {"news": _items("news", _d("2026-10-20"), 4, 12, 6), "notice": _items("notice", _d("2026-09-28"), 14, 10, 7)}
_add("www.xiangyang-dist.gov.cn", "向阳区人民政府", _site(
    "www.xiangyang-dist.gov.cn", "向阳区人民政府", "trs", "bracket", _c10,
    {"clock": True, "counter": True, "icp": "鲁ICP备09007788号"},
    extras_top=_ticker_offsite(_PROVINCE_FRESH)),
    {"status": "stale", "passed": False, "home_status": "stale", "last_updated": "2026-10-20",
     "must": ["homepage_stale", "column_stale"], "must_not": ["abandoned"],
     "columns": [{"name": "工作动态", "type": "news", "newest": "2026-10-20", "empty": False},
                 {"name": "通知公告", "type": "notice", "newest": "2026-09-28", "empty": False}]})

# 11. dedecms zombie with everything at once: clock, weather, counter, calendar, visits box,
#     最后更新 stamp, province ticker, banner 更新时间; own items 2023
_c11 = {"news": _items("news", _d("2023-12-28"), 12, 12, 10), "notice": _items("notice", _d("2023-10-16"), 30, 10, 2),
        "policy": _items("policy", _d("2023-06-01"), 50, 6, 4)}
_add("www.gulin.gov.cn", "古林乡人民政府", _site(
    "www.gulin.gov.cn", "古林乡人民政府", "dede", "slash", _c11,
    {"clock": True, "weather": True, "counter": True, "stamp": True, "calendar": True, "visits": True,
     "icp": "赣ICP备13006655号"},
    extras_top=_ticker_offsite(_PROVINCE_FRESH) + _banner(f"网站更新时间：{NOW.isoformat()}"),
    list_style="slash", years="2013-2026"),
    {"status": "zombie", "passed": False, "home_status": "zombie", "last_updated": "2023-12-28",
     "must": ["homepage_stale", "abandoned", "column_stale"], "must_not": [],
     "columns": [{"name": "工作动态", "type": "news", "newest": "2023-12-28", "empty": False},
                 {"name": "通知公告", "type": "notice", "newest": "2023-10-16", "empty": False},
                 {"name": "政策文件", "type": "policy", "newest": "2023-06-01", "empty": False}]})

# 12. dedecms fresh with every gadget (twin of 11): shows the chrome does not hide real freshness
_c12 = {"news": _items("news", _d("2026-11-26"), 1, 12, 8), "notice": _items("notice", _d("2026-11-19"), 7, 10, 1),
        "policy": _items("policy", _d("2026-11-03"), 30, 6, 2)}
_add("www.mingyue.gov.cn", "明月乡人民政府", _site(
    "www.mingyue.gov.cn", "明月乡人民政府", "dede", "slash", _c12,
    {"clock": True, "weather": True, "counter": True, "stamp": True, "calendar": True, "visits": True,
     "icp": "赣ICP备13001122号"},
    extras_top=_ticker_offsite(_PROVINCE_FRESH) + _banner(f"网站更新时间：{NOW.isoformat()}"),
    list_style="slash", years="2013-2026"),
    {"status": "healthy", "passed": True, "home_status": "healthy", "last_updated": "2026-11-26",
     "must": [], "must_not": ["homepage_stale", "abandoned", "column_stale", "column_empty", "undated"],
     "columns": [{"name": "工作动态", "type": "news", "newest": "2026-11-26", "empty": False},
                 {"name": "通知公告", "type": "notice", "newest": "2026-11-19", "empty": False},
                 {"name": "政策文件", "type": "policy", "newest": "2026-11-03", "empty": False}]})
