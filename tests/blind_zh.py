"""Eight Chinese-language government sites written blind (before reading the project's
test pages, lexicon or README), each with the truth an inspector would give it.

Sites (farm names):
  bz-jtt     a provincial department (省交通运输厅), TRS-style, healthy
  bz-city    a prefecture-level city portal (地级市), homepage stale
  bz-county  a county portal on a provincial 集约化 platform (Hanweb jpage lists),
             some columns stale by type limits, old unanswered messages
  bz-town    a township (乡镇) page inside the county platform, 6 empty columns
  bz-tw-city a Taiwan city government, ROC dates, healthy
  bz-tw-mo   a Taiwan central ministry (中央部會), dark links injected (hijacked)
  bz-hk      a Hong Kong department, personnel column stale
  bz-gbk     an old GBK table-layout county site, zombie (nothing newer than a year)

Dates are relative to the fixed clock NOW (Beijing time 2026-03-18 10:00).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

NOW = datetime(2026, 3, 18, 2, 0, tzinfo=UTC)
TODAY = date(2026, 3, 18)


ON = ' class="on"'


def day(age: int) -> date:
    return TODAY - timedelta(days=age)


def iso(age: int) -> str:
    return day(age).isoformat()


# --- truth ---------------------------------------------------------------------------
# Written before any scan, from the inspectors' rules as an external evaluator knows them
# (国办 抽查评分细则): homepage nothing new for 2 weeks = 网站不更新 (veto); 动态/要闻 14
# days, 通知公告/政策文件 180 days, 人事/规划计划 365 days; 5+ 空白栏目 = veto; nothing
# newer than a year = zombie; dark links / gambling spam = hijacked (veto); 留言 unanswered
# for over 3 months = 互动回应差 (veto).


@dataclass(frozen=True)
class Truth:
    status: str
    passed: bool
    findings: dict[str, int] = field(default_factory=dict)  # code -> count
    note: str = ""


TRUTH: dict[str, Truth] = {
    "bz-jtt": Truth("healthy", True, {}, "every column within its limit"),
    "bz-city": Truth(
        "stale",
        False,
        {"homepage_stale": 1, "column_stale": 3},
        "newest item anywhere is 23 days old; 市政要闻, 部门动态 and 县区动态 (news) are stale",
    ),
    "bz-county": Truth(
        "stale",
        False,
        {"column_stale": 3, "unanswered_messages": 2},
        "通知公告 200 d (>180), 人事信息 400 d and 规划计划 420 d (>365);"
        " two 县长信箱 letters 100 and 130 days old still 未回复",
    ),
    "bz-town": Truth(
        "stale",
        False,
        {"column_empty": 6},
        "6 township columns show no items (暂无信息 / empty jpage datastore)",
    ),
    "bz-tw-city": Truth("healthy", True, {}, "ROC dates 115-03-17 etc., all fresh"),
    "bz-tw-mo": Truth(
        "hijacked",
        False,
        {"hidden_links": 10, "spam_content": 1, "offsite_redirect": 1},
        "a hidden div of 10 娛樂城/運彩 links injected after <body> (count = links), and a"
        " referrer check that sends search visitors to the casino: offsite_redirect (README:"
        " a script sending visitors to another domain; my first mapping left it out)",
    ),
    "bz-hk": Truth("stale", True, {"column_stale": 1}, "招聘 (personnel) newest 400 days"),
    "bz-gbk": Truth(
        "zombie",
        False,
        {"abandoned": 1, "homepage_stale": 1, "column_stale": 5},
        "newest item anywhere is 455 days old; every column past its limit (mapped: abandoned)",
    ),
}

# At depth home only the homepage is read, and (README, "What the sweep can and cannot
# judge") column_stale, column_empty and unanswered_messages are not judged there: only
# homepage_stale/abandoned and what the homepage shows of a hijack. (My first home truth
# kept the column findings: wrong per the documented rules.)
_SWEEP_CODES = {"homepage_stale", "abandoned", "hidden_links", "spam_content", "offsite_redirect"}


def _sweep(truth: Truth) -> Truth:
    findings = {k: v for k, v in truth.findings.items() if k in _SWEEP_CODES}
    vetoed = bool(findings)
    status = truth.status if truth.status in ("hijacked", "zombie") or vetoed else "healthy"
    return Truth(status, truth.passed if vetoed else True, findings, truth.note)


TRUTH_HOME: dict[str, Truth] = {name: _sweep(truth) for name, truth in TRUTH.items()}


# --- title pools ----------------------------------------------------------------------

NEWS = [
    "全省交通运输工作会议在杭召开 部署2026年重点工作任务",
    "厅党组理论学习中心组专题学习习近平总书记重要讲话精神",
    "厅领导带队赴沿海港口开展安全生产督导检查",
    "我省高速公路春运期间总体平稳有序 车流量同比增长8.6%",
    "全省“四好农村路”高质量发展现场推进会召开",
    "省交通运输厅召开2026年全面从严治党工作会议",
    "交通强省建设重大项目集中开工 总投资超千亿元",
    "全省公路养护管理工作视频会议召开",
    "厅机关开展“学雷锋志愿服务月”主题活动",
    "我厅与省气象局签署交通气象服务合作框架协议",
    "全省道路运输安全生产专项整治推进会召开",
    "内河航道整治工程通过交工验收",
    "全省交通运输系统深入开展安全生产治本攻坚三年行动",
    "厅主要负责同志调研综合交通枢纽建设情况",
    "全省城市公交都市建设示范工程推进会召开",
    "我省发布新一批交通运输行业重点科技项目",
    "省交通运输厅召开优化营商环境工作专题会议",
    "全省交通运输执法领域突出问题专项整治工作部署会召开",
    "综合交通运输统计分析会议召开",
    "厅系统青年干部座谈会召开",
]

NOTICES = [
    "关于公布2026年度交通运输行业重点科技项目的通知",
    "关于开展2026年全省道路运输企业安全生产标准化评价工作的通知",
    "关于做好清明节期间交通运输保障工作的通知",
    "关于征求《公路工程建设项目招标投标管理办法（征求意见稿）》意见的公告",
    "关于2026年第一批交通运输行业信用评价结果的公示",
    "关于举办全省交通运输系统执法人员业务培训班的通知",
    "关于公布全省交通运输行政执法人员名单的公告",
    "关于开展春运期间客运安全大检查的通知",
    "关于调整部分收费公路车辆通行费收费标准的公告",
    "关于做好2026年度公路水运工程监理企业资质核查工作的通知",
    "关于印发全省交通运输安全生产工作要点的通知",
    "关于报送2025年度交通运输统计年报的通知",
    "关于开展交通运输新业态从业人员权益保障专项行动的通知",
    "关于公布第三批省级交通运输安全应急演练基地名单的通知",
    "关于开展2026年度危险货物道路运输企业专项检查的通知",
]

POLICIES = [
    "省交通运输厅关于印发《全省农村公路养护管理办法》的通知",
    "省交通运输厅关于进一步规范道路运输车辆技术管理的通知",
    "关于印发《综合交通运输高质量发展三年行动方案（2026—2028年）》的通知",
    "省交通运输厅关于印发《公路水运工程质量监督管理实施细则》的通知",
    "关于推进交通运输行业数字化转型的实施意见",
    "省交通运输厅 省财政厅关于印发《农村客运补贴资金管理办法》的通知",
    "关于印发《道路货物运输源头治超管理规定》的通知",
    "关于进一步加强网络预约出租汽车管理的通知",
    "省交通运输厅关于修订《行政处罚自由裁量基准》的通知",
    "关于印发《交通运输领域信用分级分类监管办法》的通知",
    "关于支持现代物流业高质量发展的若干措施",
    "关于印发《内河航运发展规划实施方案》的通知",
]

READINGS = [
    "《全省农村公路养护管理办法》政策解读",
    "图解：综合交通运输高质量发展三年行动方案",
    "一图读懂《公路水运工程质量监督管理实施细则》",
    "《道路货物运输源头治超管理规定》解读",
    "专家解读：交通运输行业数字化转型的实施意见",
    "《农村客运补贴资金管理办法》问答",
    "《网络预约出租汽车管理的通知》政策解读",
    "《交通运输领域信用分级分类监管办法》解读",
]

PERSONNEL = [
    "省交通运输厅2026年度公开招聘事业单位工作人员公告",
    "省交通运输厅干部任前公示",
    "关于2025年度公开遴选公务员拟录用人员的公示",
    "厅属事业单位2025年公开招聘拟聘用人员公示（第二批）",
    "关于刘某某等同志职务任免的通知",
    "省交通运输厅2025年考试录用公务员拟录用人员公示",
    "厅属事业单位公开招聘工作人员面试成绩及入围体检人员名单",
    "干部任前公示（2025年第4号）",
]

PLANS = [
    "省交通运输厅2026年工作要点",
    "全省综合交通运输发展“十五五”规划（征求意见稿）",
    "省交通运输厅2025年工作总结和2026年工作计划",
    "全省内河水运发展规划（2021—2035年）",
    "省交通运输厅2025年度法治政府建设情况报告",
    "全省公路“十四五”发展规划中期评估报告",
    "省交通运输厅2025年政府信息公开工作年度报告",
    "全省港口总体布局规划",
]

MESSAGES = [
    "村里道路破损严重何时维修",
    "小区门口公交站台能否增设遮阳棚",
    "关于孩子入学户籍问题的咨询",
    "建议增加早晚高峰公交班次",
    "农村低保申请条件咨询",
    "反映某某路段夜间施工噪音扰民",
    "咨询灵活就业人员社保缴费问题",
    "路灯损坏多日无人修理",
    "关于老旧小区加装电梯补贴的咨询",
    "菜市场周边占道经营问题",
]


def titles(pool: Sequence[str], count: int, offset: int = 0) -> list[str]:
    out = []
    for i in range(count):
        base = pool[(i + offset) % len(pool)]
        rnd = (i + offset) // len(pool)
        out.append(base if rnd == 0 else f"{base}（{rnd + 1}）")
    return out


def extend(ages: Sequence[int], total: int = 20, step: int = 9) -> list[int]:
    """A list page: the homepage block's ages, then older ones."""
    if not ages:
        return []
    out = list(ages)
    while len(out) < total:
        out.append(out[-1] + step)
    return out


# --- shared chrome -------------------------------------------------------------------

CSS = """
*{margin:0;padding:0;box-sizing:border-box}body{font:14px/1.6 "Microsoft YaHei",Arial,sans-serif;color:#333;background:#fff}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}.w1200{width:1200px;margin:0 auto}
.top-bar{height:36px;line-height:36px;background:#f5f5f5;border-bottom:1px solid #e5e5e5;font-size:13px}
.top-bar .fl a,.top-bar .fr a{margin-right:14px;color:#666}.header{height:150px;background:url(/images/head_bg.jpg) no-repeat center}
.logo{float:left;margin-top:30px}.search{float:right;margin-top:55px;width:360px;height:38px;border:2px solid #1e5eb5}
.search input{width:290px;height:34px;border:0;padding:0 10px}.search button{width:62px;height:34px;background:#1e5eb5;color:#fff;border:0}
.nav{height:52px;background:#1e5eb5}.nav li{float:left;width:12.5%;text-align:center}.nav li a{display:block;line-height:52px;color:#fff;font-size:18px}
.nav li.on a,.nav li a:hover{background:#0d4699}.banner{height:360px;overflow:hidden;position:relative}
.focus{float:left;width:580px;height:390px;position:relative}.focus .bd li{position:absolute;left:0;top:0}
.focus .bd img{width:580px;height:350px}.focus .bd p{height:40px;line-height:40px;background:rgba(0,0,0,.6);color:#fff;padding:0 12px}
.news-r{float:right;width:590px}.tab-hd{height:44px;border-bottom:2px solid #1e5eb5}.tab-hd li{float:left;padding:0 22px;line-height:44px;font-size:18px;cursor:pointer}
.tab-hd li.on{background:#1e5eb5;color:#fff}.tab-hd li.on a{color:#fff}.tab-hd .more{float:right;font-size:13px;color:#999}
.list li{height:38px;line-height:38px;border-bottom:1px dashed #e0e0e0;padding-left:14px;background:url(/images/dot.png) no-repeat 0 center}
.list li a{float:left;width:80%;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}.list li span{float:right;color:#999}
.side{float:left;width:280px}.main{float:right;width:890px}.crumb{height:40px;line-height:40px;border-bottom:1px solid #ddd}
.page{text-align:center;margin:20px 0}.page a,.page span{display:inline-block;padding:0 10px;margin:0 3px;border:1px solid #ddd;line-height:28px}
.footer{background:#1e5eb5;color:#fff;padding:24px 0;margin-top:30px;font-size:13px}.footer a{color:#fff}
.footer .dzjg{float:left;margin:6px 30px 0 120px}.footer .jiucuo{float:right;margin:10px 120px 0 0}
.links select{width:220px;height:34px;margin-right:18px}.service li{float:left;width:25%;text-align:center;margin-bottom:16px}
.zt-banner img{width:1200px;height:90px;margin-top:16px}.clearfix:after{content:"";display:block;clear:both}
@media screen and (max-width:768px){.w1200{width:100%}.nav li{width:25%}.focus,.news-r,.side,.main{float:none;width:100%}}
"""


def svg_sprite(count: int, seed: int = 7) -> str:
    """The icon sprite most modern templates inline at the top of <body>."""
    symbols = []
    x = seed
    for i in range(count):
        pts = []
        for _ in range(28):
            x = (x * 1103515245 + 12345) % 2147483648
            pts.append(f"{x % 1024 / 10:.1f} {x // 1024 % 1024 / 10:.1f}")
        symbols.append(
            f'<symbol id="icon-{i}" viewBox="0 0 1024 1024"><path d="M{pts[0]}C{" ".join(pts[1:13])}'
            f'L{" ".join(pts[13:20])}Q{" ".join(pts[20:])}z"></path></symbol>'
        )
    return (
        '<svg aria-hidden="true" style="position:absolute;width:0;height:0;overflow:hidden">'
        + "".join(symbols)
        + "</svg>"
    )


COMMON_SCRIPT = """
<script type="text/javascript">
(function(){
  function tabs(box){
    var heads = box.querySelectorAll('.tab-hd li'), bodies = box.querySelectorAll('.tab-bd > ul');
    for (var i = 0; i < heads.length; i++) {
      (function(n){ heads[n].onmouseover = function(){
        for (var j = 0; j < heads.length; j++) { heads[j].className = ''; if (bodies[j]) bodies[j].style.display = 'none'; }
        heads[n].className = 'on'; if (bodies[n]) bodies[n].style.display = 'block';
      }; })(i);
    }
  }
  var boxes = document.querySelectorAll('.tab-box');
  for (var k = 0; k < boxes.length; k++) tabs(boxes[k]);
  var now = new Date(), week = ['日','一','二','三','四','五','六'];
  var el = document.getElementById('today');
  if (el) el.innerHTML = now.getFullYear() + '年' + (now.getMonth()+1) + '月' + now.getDate() + '日 星期' + week[now.getDay()];
})();
</script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3f1a7c2d9e8b4a6f5c0d1e2f3a4b5c6d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
<script src="/js/ariaHelper/ariaHelper.js" id="ariaHelperScript" data-aria-position="top"></script>
<script>
  function openOld(){ if (window.aria) { aria.start(); } else { alert('适老化服务加载中，请稍后'); } }
  function zhHK(){ var s=document.createElement('script'); s.src='/js/jquery.s2t.js'; document.body.appendChild(s); }
</script>
"""


def meta_block(site: str, domain: str, idcode: str, column: str = "首页") -> str:
    return f"""<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="{site}">
<meta name="SiteDomain" content="{domain}">
<meta name="SiteIDCode" content="{idcode}">
<meta name="ColumnName" content="{column}">
<meta name="ColumnType" content="{column}">
<meta name="keywords" content="{site},政务公开,政务服务,互动交流">
<meta name="description" content="{site}门户网站是{site}在互联网上发布政务信息、提供在线服务、与公众互动交流的官方平台。">
<link rel="stylesheet" href="/css/common.css?v=20251108">
<link rel="stylesheet" href="/css/index.css?v=20260105">
<link rel="shortcut icon" href="/favicon.ico">
<style>{CSS}</style>
<!--[if lt IE 9]><script src="/js/html5shiv.min.js"></script><script src="/js/respond.min.js"></script><![endif]-->
<script src="/js/jquery-1.12.4.min.js"></script>
<script src="/js/jquery.SuperSlide.2.1.3.js"></script>"""


def topbar(site: str) -> str:
    return f"""<div class="top-bar"><div class="w1200 clearfix">
<div class="fl"><span id="today"></span>&nbsp;&nbsp;欢迎访问{site}门户网站</div>
<div class="fr"><a href="javascript:void(0)" onclick="zhHK()">繁體</a><a href="/wza/index.html" class="wza">无障碍浏览</a>
<a href="javascript:void(0)" onclick="openOld()" class="olds">长者模式</a><a href="/m/">手机版</a>
<a href="https://weibo.com/" target="_blank">官方微博</a><a href="javascript:;" class="wx">官方微信</a>
<a href="https://zwfw.example.gov.cn/login">登录</a><a href="https://zwfw.example.gov.cn/register">注册</a></div>
</div></div>"""


def search_box(site: str) -> str:
    return f"""<div class="search"><form action="/jsearchfront/search.do" method="get" target="_blank" onsubmit="return checkSearch(this)">
<input type="hidden" name="websiteid" value="330000000000000"><input type="hidden" name="tpl" value="1561">
<input type="text" name="q" id="q" placeholder="请输入关键字搜索{site}" autocomplete="off"><button type="submit">搜索</button></form>
<div class="hot">热门搜索：<a href="/jsearchfront/search.do?q=社保">社保</a> <a href="/jsearchfront/search.do?q=公积金">公积金</a>
<a href="/jsearchfront/search.do?q=招聘">招聘</a> <a href="/jsearchfront/search.do?q=补贴">补贴</a></div></div>
<script>function checkSearch(f){{ if(!f.q.value.replace(/ /g,'')){{ alert('请输入搜索关键词'); return false;}} return true; }}</script>"""


def footer_cn(
    host_unit: str, undertaker: str, icp: str, police: str, idcode: str, extra: str = ""
) -> str:
    return f"""<div class="footer"><div class="w1200 clearfix">
<div class="dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/13/000/0000/60429971/CA130000000604299710001.js' type='text/javascript'%3E%3C/script%3E"));</script>
<a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A4F1D4C6E2B3F01E053012819AC3C0B" target="_blank"><img src="/images/red.png" alt="党政机关"></a></div>
<div class="txt">
<p><a href="/col/col_gywm/index.html">关于我们</a> | <a href="/col/col_wzdt/index.html">网站地图</a> | <a href="/col/col_lxwm/index.html">联系我们</a> | <a href="/col/col_smsm/index.html">使用帮助</a> | <a href="/col/col_yszc/index.html">隐私声明</a></p>
<p>主办单位：{host_unit}　　承办单位：{undertaker}</p>
<p>版权所有：{host_unit}　　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={police[-14:]}" target="_blank"><img src="/images/ga.png" alt="">{police}</a></p>
<p>网站标识码：{idcode}　　地址：{host_unit}办公楼　　电话：0571-87000000（工作日 8:30-12:00 13:30-17:00）</p>
<p>建议使用1366×768以上分辨率、IE10以上版本浏览器　{extra}</p>
</div>
<div class="jiucuo"><script id="_jiucuo_" sitecode="{idcode}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={idcode}" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a></div>
<div class="aging"><a href="/wza/index.html"><img src="/images/wza.png" alt="无障碍">信息无障碍</a> <a href="javascript:openOld()"><img src="/images/shilaohua.png" alt="适老化">适老化服务</a></div>
</div></div>"""


FRIEND_LINKS = """<div class="links w1200 clearfix"><h3>相关链接</h3>
<select onchange="if(this.value)window.open(this.value)"><option value="">国家部委网站</option>
<option value="https://www.gov.cn/">中国政府网</option><option value="https://www.mot.gov.cn/">交通运输部</option>
<option value="https://www.ndrc.gov.cn/">国家发展改革委</option><option value="https://www.mof.gov.cn/">财政部</option>
<option value="https://www.mohrss.gov.cn/">人力资源社会保障部</option><option value="https://www.mee.gov.cn/">生态环境部</option>
<option value="https://www.mohurd.gov.cn/">住房城乡建设部</option><option value="https://www.mwr.gov.cn/">水利部</option>
<option value="https://www.moa.gov.cn/">农业农村部</option><option value="https://www.mofcom.gov.cn/">商务部</option></select>
<select onchange="if(this.value)window.open(this.value)"><option value="">省级部门网站</option>
<option value="http://fzggw.example.gov.cn/">省发展改革委</option><option value="http://jyt.example.gov.cn/">省教育厅</option>
<option value="http://kjt.example.gov.cn/">省科技厅</option><option value="http://gat.example.gov.cn/">省公安厅</option>
<option value="http://mzt.example.gov.cn/">省民政厅</option><option value="http://czt.example.gov.cn/">省财政厅</option>
<option value="http://rlsbt.example.gov.cn/">省人力社保厅</option><option value="http://zrzyt.example.gov.cn/">省自然资源厅</option></select>
<select onchange="if(this.value)window.open(this.value)"><option value="">市县政府网站</option>
<option value="http://www.hz.example.gov.cn/">省会市</option><option value="http://www.nb.example.gov.cn/">东港市</option>
<option value="http://www.wz.example.gov.cn/">南湖市</option><option value="http://www.jx.example.gov.cn/">西岭市</option></select>
</div>"""


def service_grid(names: Sequence[str]) -> str:
    items = "".join(
        f'<li><a href="https://zwfw.example.gov.cn/item/{i:04d}.html" target="_blank">'
        f'<img src="/images/fw{i % 12}.png" alt=""><p>{n}</p></a></li>'
        for i, n in enumerate(names)
    )
    return f'<div class="service"><ul class="clearfix">{items}</ul></div>'


SERVICES = [
    "道路运输经营许可",
    "从业资格证办理",
    "网约车驾驶员证",
    "超限运输许可",
    "港口经营许可",
    "船员证书",
    "公路施工许可",
    "机动车维修备案",
    "驾培机构备案",
    "出租汽车经营",
    "社保查询",
    "公积金查询",
    "不动产登记",
    "户籍办理",
    "出入境",
    "医保报销",
    "企业开办",
    "工程建设审批",
    "个体户登记",
    "婚姻登记",
    "住房保障",
    "就业创业",
    "教育入学",
    "交通出行",
    "生育服务",
    "养老服务",
    "纳税缴费",
    "证件办理",
]


def tab_box(blocks: Sequence[tuple[str, str, str]], extra_class: str = "") -> str:
    """blocks: (name, href, list html)."""
    heads = "".join(
        f'<li{ON if i == 0 else ""}><a href="{href}">{name}</a></li>'
        for i, (name, href, _) in enumerate(blocks)
    )
    bodies = "".join(
        body.replace("<ul", f'<ul style="display:{"block" if i == 0 else "none"}"', 1)
        for i, (_, _, body) in enumerate(blocks)
    )
    more = f'<a class="more" href="{blocks[0][1]}" target="_blank">更多&gt;&gt;</a>'
    return (
        f'<div class="tab-box {extra_class}"><ul class="tab-hd clearfix">{heads}{more}</ul>'
        f'<div class="tab-bd">{bodies}</div></div>'
    )


def ul_list(items: Sequence[tuple[str, str, str]], cls: str = "list") -> str:
    """items: (href, title, shown date)."""
    lis = "".join(
        f'<li><a href="{h}" title="{t}" target="_blank">{t}</a><span>{d}</span></li>'
        for h, t, d in items
    )
    return f'<ul class="{cls}">{lis}</ul>'


@dataclass
class Column:
    name: str
    path: str
    pool: Sequence[str]
    ages: Sequence[int]  # homepage block ages; [] = empty
    art: str = "/art"  # article path prefix


def art_href(col: Column, age: int, i: int) -> str:
    d = day(age)
    return f"{col.art}/{d.year}/{d.month}/{d.day}/art_{sum(map(ord, col.path)) % 9000 + 1000}_{60000 + i * 37 + age}.html"


def home_items(
    col: Column, fmt: str = "iso", count: int | None = None
) -> list[tuple[str, str, str]]:
    ages = list(col.ages)[: count or len(col.ages)]
    names = titles(col.pool, len(ages))
    out = []
    for i, (age, t) in enumerate(zip(ages, names, strict=True)):
        out.append((art_href(col, age, i), t, show(age, fmt)))
    return out


def show(age: int, fmt: str) -> str:
    d = day(age)
    if fmt == "iso":
        return d.isoformat()
    if fmt == "md":  # 03-16, the year left to the reader
        return f"{d.month:02d}-{d.day:02d}"
    if fmt == "bracket":
        return f"[{d.isoformat()}]"
    if fmt == "roc":
        return f"{d.year - 1911}-{d.month:02d}-{d.day:02d}"
    if fmt == "rocslash":
        return f"{d.year - 1911}/{d.month:02d}/{d.day:02d}"
    if fmt == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if fmt == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    raise ValueError(fmt)


def list_page_cn(
    site: str,
    domain: str,
    idcode: str,
    col: Column,
    siblings: Sequence[Column],
    crumb: str,
    footer: str,
    nav: str,
    fmt: str = "iso",
    empty_text: str = "暂无信息",
) -> str:
    ages = extend(col.ages)
    names = titles(col.pool, len(ages))
    if ages:
        body = ul_list(
            [
                (art_href(col, a, i), t, show(a, fmt))
                for i, (a, t) in enumerate(zip(ages, names, strict=True))
            ]
        )
        pager = (
            '<div class="page"><span>共 8 页 160 条</span><a href="javascript:;">首页</a><a href="javascript:;">上一页</a>'
            '<span class="cur">1</span><a href="index_1.html">2</a><a href="index_2.html">3</a><a href="index_1.html">下一页</a>'
            '<a href="index_7.html">尾页</a></div>'
        )
    else:
        body = f'<div class="no-data" style="text-align:center;padding:80px 0;color:#999">{empty_text}</div>'
        pager = ""
    side = "".join(
        f'<li{ON if s.path == col.path else ""}><a href="{s.path}">{s.name}</a></li>'
        for s in siblings
    )
    return f"""<!DOCTYPE html><html lang="zh-CN"><head>{meta_block(site, domain, idcode, col.name)}
<title>{col.name}_{site}</title></head><body>
{topbar(site)}
<div class="header w1200 clearfix"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{site}"></a></div>{search_box(site)}</div>
{nav}
<div class="w1200 clearfix" style="margin-top:16px">
<div class="side"><h2>{crumb.split(" &gt; ")[-2] if " &gt; " in crumb else "信息公开"}</h2><ul class="side-nav">{side}</ul></div>
<div class="main"><div class="crumb">当前位置：{crumb}</div>
<div class="col-title"><h3>{col.name}</h3></div>
{body}{pager}</div></div>
{footer}
{COMMON_SCRIPT}
</body></html>"""


# --- 1. provincial department (TRS-style) -----------------------------------------------

JTT_SITE = "江南省交通运输厅"
JTT_DOMAIN = "jtt.jiangnan.gov.cn"
JTT_ID = "3300000042"

JTT_COLS = [
    Column("厅内要闻", "/col/col1229001/index.html", NEWS, [1, 2, 2, 3, 5, 6, 8]),
    Column("市县动态", "/col/col1229002/index.html", NEWS[7:] + NEWS[:7], [0, 1, 3, 4, 6, 9, 10]),
    Column("通知公告", "/col/col1229003/index.html", NOTICES, [4, 9, 15, 22, 30, 41, 50]),
    Column("政策文件", "/col/col1229004/index.html", POLICIES, [12, 40, 66, 90, 130, 150]),
    Column("政策解读", "/col/col1229005/index.html", READINGS, [12, 40, 66, 91, 131]),
    Column("人事信息", "/col/col1229006/index.html", PERSONNEL, [25, 70, 140, 190, 260]),
    Column("规划计划", "/col/col1229007/index.html", PLANS, [60, 150, 200, 330]),
]

JTT_MAIN_NAV = [
    ("首页", "/"),
    ("机构概况", "/col/col1229100/index.html"),
    ("新闻中心", "/col/col1229001/index.html"),
    ("政府信息公开", "/col/col1229200/index.html"),
    ("政务服务", "https://zwfw.example.gov.cn/jtt/"),
    ("互动交流", "/col/col1229300/index.html"),
    ("专题专栏", "/col/col1229400/index.html"),
    ("数据发布", "/col/col1229500/index.html"),
]


def nav_html(items: Sequence[tuple[str, str]]) -> str:
    lis = "".join(
        f'<li{ON if i == 0 else ""}><a href="{h}">{n}</a></li>' for i, (n, h) in enumerate(items)
    )
    return f'<div class="nav"><ul class="w1200 clearfix">{lis}</ul></div>'


def jtt_footer() -> str:
    return footer_cn(
        JTT_SITE,
        "江南省交通运输厅信息中心",
        "江南ICP备05012345号-1",
        "江南公网安备 33010602001234号",
        JTT_ID,
    )


def jtt_pages() -> dict[str, str | bytes]:
    c = {col.name: col for col in JTT_COLS}
    nav = nav_html(JTT_MAIN_NAV)
    slides = "".join(
        f'<li><a href="{h}" target="_blank"><img src="/picture/0/2603{i:02d}1030{i}.jpg" alt="{t}"></a><p><a href="{h}">{t}</a></p></li>'
        for i, (h, t, _) in enumerate(home_items(c["厅内要闻"], count=5))
    )
    focus = f"""<div class="focus" id="focus"><div class="bd"><ul>{slides}</ul></div><div class="hd"><ul></ul></div>
<a class="prev" href="javascript:void(0)"></a><a class="next" href="javascript:void(0)"></a></div>
<script>jQuery("#focus").slide({{titCell:".hd ul",mainCell:".bd ul",effect:"fold",autoPlay:true,autoPage:true,trigger:"click",interTime:4000}});</script>"""
    news = tab_box(
        [
            ("厅内要闻", c["厅内要闻"].path, ul_list(home_items(c["厅内要闻"]))),
            ("市县动态", c["市县动态"].path, ul_list(home_items(c["市县动态"]))),
        ]
    )
    info = tab_box(
        [
            ("通知公告", c["通知公告"].path, ul_list(home_items(c["通知公告"]))),
            ("政策文件", c["政策文件"].path, ul_list(home_items(c["政策文件"]))),
            ("政策解读", c["政策解读"].path, ul_list(home_items(c["政策解读"]))),
        ]
    )
    hr = tab_box(
        [
            ("人事信息", c["人事信息"].path, ul_list(home_items(c["人事信息"]))),
            ("规划计划", c["规划计划"].path, ul_list(home_items(c["规划计划"]))),
        ]
    )
    hudong = f"""<div class="hudong"><div class="tit"><h3><a href="/col/col1229300/index.html">互动交流</a></h3></div>
<ul class="hd-entry clearfix"><li><a href="https://www.12345.example.gov.cn/">12345政务服务便民热线</a></li>
<li><a href="/col/col1229301/index.html">厅长信箱</a></li><li><a href="/col/col1229302/index.html">在线访谈</a></li>
<li><a href="/col/col1229303/index.html">征集调查</a></li><li><a href="/col/col1229304/index.html">常见问题</a></li></ul>
<table class="xx-list" width="100%"><tr><th>标题</th><th>留言时间</th><th>状态</th></tr>
{"".join(f'<tr><td><a href="/module/xxgk/mail.jsp?id={900 + i}">{t}</a></td><td>{iso(a)}</td><td>已回复</td></tr>' for i, (t, a) in enumerate(zip(MESSAGES[:5], [3, 6, 11, 19, 33], strict=True)))}
</table></div>"""
    xxgk = """<div class="xxgk"><div class="tit"><h3><a href="/col/col1229200/index.html">政府信息公开</a></h3></div><ul class="clearfix">
<li><a href="/col/col1229201/index.html">信息公开指南</a></li><li><a href="/col/col1229202/index.html">信息公开制度</a></li>
<li><a href="/col/col1229203/index.html">法定主动公开内容</a></li><li><a href="/col/col1229204/index.html">信息公开年报</a></li>
<li><a href="/col/col1229205/index.html">依申请公开</a></li><li><a href="/col/col1229206/index.html">财政预决算</a></li></ul></div>"""
    zt = """<div class="zt-banner w1200"><a href="/col/col1229401/index.html"><img src="/picture/zt/xxgc.jpg" alt="深入学习贯彻党的二十届四中全会精神"></a>
<a href="/col/col1229402/index.html"><img src="/picture/zt/yyhj.jpg" alt="优化营商环境"></a>
<a href="/col/col1229403/index.html"><img src="/picture/zt/aqsc.jpg" alt="安全生产月"></a></div>"""
    data = """<div class="sjfb"><div class="tit"><h3><a href="/col/col1229500/index.html">数据发布</a></h3></div>
<table><tr><th>指标</th><th>本月</th><th>同比</th></tr><tr><td>公路客运量（万人）</td><td>3,256</td><td>-4.1%</td></tr>
<tr><td>公路货运量（万吨）</td><td>21,874</td><td>+5.6%</td></tr><tr><td>港口货物吞吐量（万吨）</td><td>15,422</td><td>+3.2%</td></tr>
<tr><td>高速公路车流量（万辆）</td><td>5,108</td><td>+8.6%</td></tr></table></div>"""
    home = f"""<!DOCTYPE html><html lang="zh-CN"><head>{meta_block(JTT_SITE, JTT_DOMAIN, JTT_ID)}
<title>{JTT_SITE}</title></head><body>
{svg_sprite(40, 1)}
{topbar(JTT_SITE)}
<div class="header w1200 clearfix"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{JTT_SITE}"></a></div>{search_box(JTT_SITE)}</div>
{nav}
<div class="w1200 clearfix" style="margin-top:20px">{focus}<div class="news-r">{news}</div></div>
{zt}
<div class="w1200 clearfix" style="margin-top:20px"><div class="fl" style="width:590px">{info}</div>
<div class="fr" style="width:590px">{hr}{xxgk}</div></div>
<div class="w1200 clearfix" style="margin-top:20px"><div class="fl" style="width:590px">{hudong}</div>
<div class="fr" style="width:590px"><div class="tit"><h3>政务服务</h3></div>{service_grid(SERVICES)}{data}</div></div>
{FRIEND_LINKS}
{jtt_footer()}
{COMMON_SCRIPT}
</body></html>"""
    pages: dict[str, str | bytes] = {"/": home}
    for col in JTT_COLS:
        crumb = f'<a href="/">首页</a> &gt; <a href="/col/col1229200/index.html">政府信息公开</a> &gt; {col.name}'
        pages[col.path] = list_page_cn(
            JTT_SITE, JTT_DOMAIN, JTT_ID, col, JTT_COLS, crumb, jtt_footer(), nav
        )
    return pages


# --- 2. prefecture-level city portal: homepage stale -----------------------------------

CITY_SITE = "青川市人民政府"
CITY_DOMAIN = "www.qingchuan.gov.cn"
CITY_ID = "4109000001"

CITY_NEWS = [
    t.replace("全省", "全市").replace("省交通运输厅", "市政府").replace("厅", "市") for t in NEWS
]
CITY_COLS = [
    Column("市政要闻", "/zwyw/", CITY_NEWS, [23, 25, 28, 31, 33, 36, 40], "/zwyw"),
    Column("部门动态", "/bmdt/", CITY_NEWS[5:] + CITY_NEWS[:5], [24, 27, 29, 35, 38, 44], "/bmdt"),
    Column(
        "县区动态", "/xqdt/", CITY_NEWS[10:] + CITY_NEWS[:10], [26, 30, 34, 37, 45, 52], "/xqdt"
    ),
    Column("通知公告", "/tzgg/", NOTICES, [40, 52, 60, 75, 90, 111], "/tzgg"),
    Column("政策文件", "/zcwj/", POLICIES, [60, 88, 120, 160], "/zcwj"),
    Column("政策解读", "/zcjd/", READINGS, [61, 89, 121], "/zcjd"),
    Column("人事任免", "/rsrm/", PERSONNEL, [120, 200, 290], "/rsrm"),
    Column("规划计划", "/ghjh/", PLANS, [80, 300], "/ghjh"),
]


def city_href(col: Column, age: int, i: int) -> str:
    d = day(age)
    return f"{col.art}/{d.year}{d.month:02d}/t{d.year}{d.month:02d}{d.day:02d}_{5800000 + i * 13 + age}.html"


def city_items(col: Column, fmt: str = "md") -> list[tuple[str, str, str]]:
    names = titles(col.pool, len(col.ages))
    return [
        (city_href(col, a, i), t, show(a, fmt))
        for i, (a, t) in enumerate(zip(col.ages, names, strict=True))
    ]


CITY_NAV = [
    ("首页", "/"),
    ("青川概况", "/qcgk/"),
    ("政务动态", "/zwyw/"),
    ("政府信息公开", "/zfxxgk/"),
    ("政务服务", "https://zwfw.henan.example.gov.cn/qc/"),
    ("政民互动", "/zmhd/"),
    ("专题专栏", "/ztzl/"),
    ("数据开放", "/sjkf/"),
]


def city_footer() -> str:
    return footer_cn(
        CITY_SITE,
        "青川市人民政府办公室",
        "豫ICP备05001234号-1",
        "豫公网安备 41090202000123号",
        CITY_ID,
    )


def city_pages() -> dict[str, str | bytes]:
    c = {col.name: col for col in CITY_COLS}
    nav = nav_html(CITY_NAV)
    top = c["市政要闻"]
    headline = city_items(top)[0]
    toutiao = f'<div class="toutiao w1200"><h1><a href="{headline[0]}" target="_blank">{headline[1]}</a></h1><p>{headline[1]}，会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念……<a href="{headline[0]}">[详细]</a></p></div>'
    slides = "".join(
        f'<li><a href="{h}"><img src="/zwyw/{h.split("/")[2]}/W0202602{i}.jpg" alt="{t}"></a><p>{t}</p></li>'
        for i, (h, t, _) in enumerate(city_items(top)[:5])
    )
    focus = f'<div class="focus" id="focus"><div class="bd"><ul>{slides}</ul></div><div class="hd"><ul></ul></div></div>'
    news = tab_box(
        [(n, c[n].path, ul_list(city_items(c[n]))) for n in ("市政要闻", "部门动态", "县区动态")]
    )
    gk = tab_box(
        [(n, c[n].path, ul_list(city_items(c[n]))) for n in ("通知公告", "政策文件", "政策解读")]
    )
    rs = tab_box([(n, c[n].path, ul_list(city_items(c[n]))) for n in ("人事任免", "规划计划")])
    leaders = """<div class="leaders"><h3>市政府领导</h3><ul><li><a href="/qcgk/ld/sz/">市长 王某某</a></li>
<li><a href="/qcgk/ld/fsz1/">常务副市长 李某某</a></li><li><a href="/qcgk/ld/fsz2/">副市长 张某某</a></li>
<li><a href="/qcgk/ld/fsz3/">副市长 赵某某</a></li><li><a href="/qcgk/ld/msz/">秘书长 陈某某</a></li></ul></div>"""
    depts = "".join(
        f'<li><a href="/zfxxgk/bm/{i:02d}/">{n}</a></li>'
        for i, n in enumerate(
            [
                "市发展和改革委员会",
                "市教育局",
                "市科学技术局",
                "市工业和信息化局",
                "市公安局",
                "市民政局",
                "市司法局",
                "市财政局",
                "市人力资源和社会保障局",
                "市自然资源和规划局",
                "市生态环境局",
                "市住房和城乡建设局",
                "市交通运输局",
                "市水利局",
                "市农业农村局",
                "市商务局",
                "市文化广电和旅游局",
                "市卫生健康委员会",
                "市退役军人事务局",
                "市应急管理局",
                "市审计局",
                "市市场监督管理局",
                "市统计局",
                "市医疗保障局",
                "市城市管理局",
                "市政务服务和大数据管理局",
            ]
        )
    )
    counties = "".join(
        f'<li><a href="http://www.{p}.qingchuan.gov.cn/" target="_blank">{n}</a></li>'
        for p, n in [
            ("ds", "东山区"),
            ("xh", "西湖区"),
            ("nc", "南城县"),
            ("bq", "北桥县"),
            ("ly", "临岳县"),
            ("jh", "金河县"),
            ("qs", "青石市"),
        ]
    )
    hd = """<div class="zmhd"><h3><a href="/zmhd/">政民互动</a></h3><ul class="hd-entry"><li><a href="/zmhd/szxx/">市长信箱</a></li>
<li><a href="/zmhd/zxft/">在线访谈</a></li><li><a href="/zmhd/yjzj/">意见征集</a></li><li><a href="https://12345.qingchuan.gov.cn/">12345热线</a></li></ul>
<p class="tj">来信统计：本年受理 1,284 件，已办结 1,231 件，办结率 95.9%</p></div>"""
    home = f"""<!DOCTYPE html><html lang="zh-CN"><head>{meta_block(CITY_SITE, CITY_DOMAIN, CITY_ID)}
<title>青川市人民政府门户网站</title>
<script>var ucd_title='首页';var ucd_channelid='8834';</script></head><body>
{svg_sprite(50, 2)}
{topbar(CITY_SITE)}
<div class="header w1200 clearfix"><div class="logo"><a href="/"><img src="/images/logo.png" alt="青川市人民政府门户网站"></a></div>{search_box(CITY_SITE)}
<div class="weather"><iframe src="https://i.tianqi.com/?c=code&amp;id=34&amp;py=qingchuan" width="160" height="30" frameborder="0" scrolling="no"></iframe></div></div>
{nav}
{toutiao}
<div class="w1200 clearfix">{focus}<div class="news-r">{news}</div></div>
<div class="w1200 clearfix"><div class="fl" style="width:800px">{gk}{rs}</div><div class="fr" style="width:380px">{leaders}{hd}</div></div>
<div class="w1200"><h3>部门网站</h3><ul class="depts clearfix">{depts}</ul><h3>县区网站</h3><ul class="counties clearfix">{counties}</ul></div>
<div class="w1200"><h3>便民服务</h3>{service_grid(SERVICES[10:] + SERVICES[:10])}</div>
{FRIEND_LINKS}
{city_footer()}
{COMMON_SCRIPT}
</body></html>"""
    pages: dict[str, str | bytes] = {"/": home}
    for col in CITY_COLS:
        ages = extend(col.ages)
        names = titles(col.pool, len(ages))
        items = [
            (city_href(col, a, i), t, show(a, "iso"))
            for i, (a, t) in enumerate(zip(ages, names, strict=True))
        ]
        side = "".join(f'<li><a href="{s.path}">{s.name}</a></li>' for s in CITY_COLS)
        pages[
            col.path
        ] = f"""<!DOCTYPE html><html lang="zh-CN"><head>{meta_block(CITY_SITE, CITY_DOMAIN, CITY_ID, col.name)}
<title>{col.name}-青川市人民政府门户网站</title></head><body>
{topbar(CITY_SITE)}
<div class="header w1200 clearfix"><div class="logo"><a href="/"><img src="/images/logo.png" alt=""></a></div>{search_box(CITY_SITE)}</div>
{nav}
<div class="w1200 clearfix"><div class="side"><h2>政务动态</h2><ul>{side}</ul></div>
<div class="main"><div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwyw/">政务动态</a> &gt; <a href="{col.path}">{col.name}</a></div>
{ul_list(items)}
<div class="page"><script>var currentPage = 0;var countPage = 12;createPageHTML(countPage, currentPage, "index", "html");</script></div></div></div>
{city_footer()}
{COMMON_SCRIPT}
</body></html>"""
    return pages


# --- 3. county on a 集约化 platform (Hanweb jpage), 4. township inside it ---------------

COUNTY_SITE = "安平县人民政府"
COUNTY_DOMAIN = "www.anping.gov.cn"
COUNTY_ID = "3311270001"

COUNTY_NEWS = [
    t.replace("全省", "全县").replace("省交通运输厅", "县政府").replace("厅", "县") for t in NEWS
]
COUNTY_COLS = [
    Column("今日安平", "/col/col1229584401/index.html", COUNTY_NEWS, [0, 1, 1, 2, 4, 5, 7]),
    Column(
        "部门动态",
        "/col/col1229584402/index.html",
        COUNTY_NEWS[4:] + COUNTY_NEWS[:4],
        [1, 3, 6, 8, 9, 12],
    ),
    Column(
        "乡镇动态",
        "/col/col1229584403/index.html",
        COUNTY_NEWS[9:] + COUNTY_NEWS[:9],
        [2, 3, 5, 9, 11, 13],
    ),
    Column("通知公告", "/col/col1229584404/index.html", NOTICES, [200, 230, 260, 300, 340]),
    Column("政策文件", "/col/col1229584405/index.html", POLICIES, [30, 95, 150, 210]),
    Column("政策解读", "/col/col1229584406/index.html", READINGS, [31, 96, 151]),
    Column("人事信息", "/col/col1229584407/index.html", PERSONNEL, [400, 460, 520]),
    Column("规划计划", "/col/col1229584408/index.html", PLANS, [420, 480, 700]),
]
COUNTY_MAIL = "/col/col1229584409/index.html"
# (age, title, state)
COUNTY_LETTERS = [
    (3, MESSAGES[0], "已回复"),
    (8, MESSAGES[1], "办理中"),
    (15, MESSAGES[2], "已回复"),
    (26, MESSAGES[3], "已回复"),
    (100, MESSAGES[4], "未回复"),
    (130, MESSAGES[5], "未回复"),
    (160, MESSAGES[6], "已回复"),
    (210, MESSAGES[7], "已回复"),
]

COUNTY_NAV = [
    ("首页", "/"),
    ("走进安平", "/col/col1229584100/index.html"),
    ("新闻动态", COUNTY_COLS[0].path),
    ("政府信息公开", "/col/col1229584200/index.html"),
    ("政务服务", "https://zwfw.example.gov.cn/ap/"),
    ("政民互动", "/col/col1229584300/index.html"),
    ("乡镇之窗", "/col/col1229584500/index.html"),
    ("专题专栏", "/col/col1229584600/index.html"),
]


def county_footer() -> str:
    return footer_cn(
        COUNTY_SITE,
        "安平县人民政府办公室",
        "浙ICP备13012345号-2",
        "浙公网安备 33112702000021号",
        COUNTY_ID,
        '<a href="http://www.zjzwfw.gov.cn/">技术支持：省大数据局集约化平台</a>',
    )


def hanweb_record(href: str, title: str, shown: str) -> str:
    return (
        f'<record><![CDATA[\n<li><a href="{href}" title="{title}" target="_blank">{title}</a>'
        f"<span>{shown}</span></li>\n]]></record>"
    )


def hanweb_list(col_id: str, records: Sequence[str], total: int) -> str:
    """A Hanweb jpage list: the records sit in an XML datastore inside a script tag,
    and jpage renders them into the div (the server never writes the <li>s)."""
    recs = "\n".join(records)
    return f"""<div id="{col_id}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=3176&path=/&columnid={col_id}&unitid=7412&webname=%E5%AE%89%E5%B9%B3&permissiontype=0"></a>]]></nextgroup>
<recordset>
{recs}
</recordset>
<totalrecord>{total}</totalrecord></datastore></script>
<script language="javascript" src="/module/web/jpage/jpage.js" charset="utf-8"></script>
<script>var jpage = new JPage({{"unitid":"7412","perpage":"15","proxyUrl":"/module/web/jpage/dataproxy.jsp","totalRecord":"{total}","columnid":"{col_id}"}});</script></div>"""


def col_id(path: str) -> str:
    return path.split("/col/col")[1].split("/")[0]


def county_list(
    site: str,
    col: Column,
    siblings: Sequence[Column],
    nav: str,
    crumb: str,
    empty_text: str | None = None,
) -> str:
    ages = extend(col.ages, total=15)
    names = titles(col.pool, len(ages))
    recs = [
        hanweb_record(art_href(col, a, i), t, show(a, "iso"))
        for i, (a, t) in enumerate(zip(ages, names, strict=True))
    ]
    body = hanweb_list(col_id(col.path), recs, len(recs) * 3 if recs else 0)
    if empty_text:
        body += f'<div class="nodata">{empty_text}</div>'
    side = "".join(f'<li><a href="{s.path}">{s.name}</a></li>' for s in siblings)
    return f"""<!DOCTYPE html><html lang="zh-CN"><head>{meta_block(site, COUNTY_DOMAIN, COUNTY_ID, col.name)}
<title>{site} {col.name}</title></head><body>
{topbar(site)}
<div class="header w1200 clearfix"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{site}"></a></div>{search_box(site)}</div>
{nav}
<div class="w1200 clearfix"><div class="side"><h2>栏目导航</h2><ul>{side}</ul></div>
<div class="main"><div class="crumb">当前位置：{crumb}</div><div class="bt-name">{col.name}</div>
<div class="default_pgContainer">{body}</div></div></div>
{county_footer()}
{COMMON_SCRIPT}
</body></html>"""


def county_letters_page() -> str:
    rows = "".join(
        f'<tr><td class="bt"><a href="/module/xxgk/letter.jsp?id={7000 + i}" target="_blank">{t}</a></td>'
        f'<td>{iso(a)}</td><td>{"县政府办" if i % 2 else "县信访局"}</td><td class="zt">{s}</td></tr>'
        for i, (a, t, s) in enumerate(COUNTY_LETTERS)
    )
    nav = nav_html(COUNTY_NAV)
    return f"""<!DOCTYPE html><html lang="zh-CN"><head>{meta_block(COUNTY_SITE, COUNTY_DOMAIN, COUNTY_ID, "县长信箱")}
<title>县长信箱 安平县人民政府</title></head><body>
{topbar(COUNTY_SITE)}{nav}
<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229584300/index.html">政民互动</a> &gt; 县长信箱</div>
<div class="xx-btn"><a href="/module/xxgk/write.jsp">我要写信</a> <a href="/module/xxgk/search.jsp">信件查询</a></div>
<table class="xx-table" width="100%"><thead><tr><th>信件标题</th><th>来信时间</th><th>办理单位</th><th>办理状态</th></tr></thead>
<tbody>{rows}</tbody></table>
<div class="page">共 8 条记录 1/1 页</div></div>
{county_footer()}{COMMON_SCRIPT}</body></html>"""


def county_pages() -> dict[str, str | bytes]:
    c = {col.name: col for col in COUNTY_COLS}
    nav = nav_html(COUNTY_NAV)

    def block(name: str, n: int = 6) -> str:
        return ul_list(home_items(c[name], fmt="md", count=n))

    news = tab_box([(n, c[n].path, block(n)) for n in ("今日安平", "部门动态", "乡镇动态")])
    gk = tab_box([(n, c[n].path, block(n)) for n in ("通知公告", "政策文件", "政策解读")])
    rs = tab_box([(n, c[n].path, block(n)) for n in ("人事信息", "规划计划")])
    letters = "".join(
        f'<li><a href="/module/xxgk/letter.jsp?id={7000 + i}">{t}</a><em>{s}</em><span>{show(a, "md")}</span></li>'
        for i, (a, t, s) in enumerate(COUNTY_LETTERS[:6])
    )
    hudong = f"""<div class="zmhd"><div class="tit"><h3><a href="/col/col1229584300/index.html">政民互动</a></h3>
<a class="more" href="{COUNTY_MAIL}">更多</a></div><ul class="hd-entry"><li><a href="{COUNTY_MAIL}">县长信箱</a></li>
<li><a href="/col/col1229584302/index.html">在线访谈</a></li><li><a href="/col/col1229584303/index.html">民意征集</a></li></ul>
<ul class="letters">{letters}</ul></div>"""
    towns = "".join(
        f'<li><a href="/col/col12295845{i:02d}/index.html">{n}</a></li>'
        for i, n in enumerate(
            [
                "城关镇",
                "河西镇",
                "石门镇",
                "龙潭镇",
                "白沙乡",
                "清溪乡",
                "五里街道",
                "高坪乡",
                "新华镇",
                "桃源乡",
            ],
            start=1,
        )
    )
    home = f"""<!DOCTYPE html><html lang="zh-CN"><head>{meta_block(COUNTY_SITE, COUNTY_DOMAIN, COUNTY_ID)}
<title>安平县人民政府</title></head><body>
{svg_sprite(60, 3)}
{topbar(COUNTY_SITE)}
<div class="header w1200 clearfix"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{COUNTY_SITE}"></a></div>{search_box(COUNTY_SITE)}</div>
{nav}
<div class="w1200 clearfix"><div class="focus" id="focus"><div class="bd"><ul>
{"".join(f'<li><a href="{h}"><img src="/picture/0/{i}.jpg" alt=""></a><p>{t}</p></li>' for i, (h, t, _) in enumerate(home_items(c["今日安平"], count=4)))}
</ul></div></div><div class="news-r">{news}</div></div>
<div class="w1200 clearfix"><div class="fl" style="width:790px">{gk}{rs}</div><div class="fr" style="width:390px">{hudong}</div></div>
<div class="w1200"><div class="tit"><h3><a href="/col/col1229584500/index.html">乡镇之窗</a></h3></div><ul class="towns clearfix">{towns}</ul></div>
<div class="w1200"><h3>办事服务</h3>{service_grid(SERVICES[10:])}</div>
{FRIEND_LINKS}
{county_footer()}
{COMMON_SCRIPT}
</body></html>"""
    pages: dict[str, str | bytes] = {"/": home, COUNTY_MAIL: county_letters_page()}
    for col in COUNTY_COLS:
        crumb = f'<a href="/">首页</a> &gt; <a href="/col/col1229584200/index.html">政府信息公开</a> &gt; {col.name}'
        pages[col.path] = county_list(COUNTY_SITE, col, COUNTY_COLS, nav, crumb)
    return pages


TOWN_PATH = "/col/col1229584503/index.html"  # 石门镇 on the county platform
TOWN_NEWS = [t.replace("全县", "全镇").replace("县政府", "镇政府") for t in COUNTY_NEWS]
TOWN_COLS = [
    Column("工作动态", "/col/col1229590101/index.html", TOWN_NEWS, [1, 3, 4, 6, 9, 12]),
    Column(
        "通知公告", "/col/col1229590102/index.html", NOTICES[2:] + NOTICES[:2], [10, 35, 70, 110]
    ),
    Column("政策文件", "/col/col1229590103/index.html", POLICIES, []),
    Column("政策解读", "/col/col1229590104/index.html", READINGS, []),
    Column("人事信息", "/col/col1229590105/index.html", PERSONNEL, []),
    Column("规划计划", "/col/col1229590106/index.html", PLANS, []),
    Column("财政预决算", "/col/col1229590107/index.html", PLANS, []),
    Column("重点领域信息公开", "/col/col1229590108/index.html", NOTICES, []),
    Column("机构职能", "/col/col1229590109/index.html", ["石门镇人民政府机构职能"], [300]),
]
TOWN_EMPTY_TEXT = {
    "政策文件": "暂无信息",
    "政策解读": None,  # an empty datastore, nothing said
    "人事信息": "本栏目暂无内容",
    "规划计划": None,
    "财政预决算": "暂无信息",
    "重点领域信息公开": "暂无数据",
}


def town_pages() -> dict[str, str | bytes]:
    site = "安平县石门镇人民政府"
    nav = nav_html(COUNTY_NAV)
    t = {col.name: col for col in TOWN_COLS}

    def block(col: Column) -> str:
        if not col.ages:
            return f'<ul class="list"><li class="nodata">{TOWN_EMPTY_TEXT.get(col.name) or "暂无信息"}</li></ul>'
        return ul_list(home_items(col, fmt="iso", count=6))

    dt = tab_box([(n, t[n].path, block(t[n])) for n in ("工作动态", "通知公告")])
    gk1 = tab_box([(n, t[n].path, block(t[n])) for n in ("政策文件", "政策解读", "人事信息")])
    gk2 = tab_box(
        [(n, t[n].path, block(t[n])) for n in ("规划计划", "财政预决算", "重点领域信息公开")]
    )
    intro = f"""<div class="town-intro"><h3><a href="{t["机构职能"].path}">机构职能</a></h3>
<p>石门镇位于安平县东北部，距县城18公里，辖12个行政村、1个社区，总面积86.3平方公里，户籍人口2.7万人。镇人民政府主要职责：执行本级人民代表大会的决议和上级国家行政机关的决定和命令……</p>
<ul><li>镇长：周某某</li><li>办公地址：安平县石门镇石门大道18号</li><li>办公电话：0578-6120001</li></ul></div>"""
    villages = "".join(
        f'<li><a href="/col/col12295902{i:02d}/index.html">{v}村</a></li>'
        for i, v in enumerate(
            [
                "石门",
                "上坪",
                "下坪",
                "龙井",
                "桃花",
                "竹林",
                "大坑",
                "溪口",
                "高家",
                "李家",
                "王家",
                "新村",
            ],
            start=1,
        )
    )
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head>{meta_block(COUNTY_SITE, COUNTY_DOMAIN, COUNTY_ID, "石门镇")}
<title>石门镇 安平县人民政府</title></head><body>
{svg_sprite(70, 4)}
{topbar(COUNTY_SITE)}
<div class="header w1200 clearfix"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{COUNTY_SITE}"></a></div>{search_box(COUNTY_SITE)}</div>
{nav}
<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229584500/index.html">乡镇之窗</a> &gt; 石门镇</div>
<div class="town-banner"><img src="/picture/town/shimen.jpg" alt="{site}"><h2>{site}</h2></div>
<div class="clearfix"><div class="fl" style="width:790px">{dt}</div><div class="fr" style="width:390px">{intro}</div></div>
<div class="clearfix"><div class="fl" style="width:590px">{gk1}</div><div class="fr" style="width:590px">{gk2}</div></div>
<div class="villages"><h3>村务公开</h3><ul class="clearfix">{villages}</ul></div>
<div class="town-service"><h3>便民服务</h3>{service_grid(SERVICES[12:24])}</div></div>
{county_footer()}
{COMMON_SCRIPT}
</body></html>"""
    pages: dict[str, str | bytes] = {TOWN_PATH: page}
    for col in TOWN_COLS:
        crumb = f'<a href="/">首页</a> &gt; <a href="/col/col1229584500/index.html">乡镇之窗</a> &gt; <a href="{TOWN_PATH}">石门镇</a> &gt; {col.name}'
        pages[col.path] = county_list(
            COUNTY_SITE, col, TOWN_COLS, nav, crumb, None if col.ages else TOWN_EMPTY_TEXT[col.name]
        )
    # The county's own pages share the host: the platform serves them all.
    for path, body in county_pages().items():
        pages.setdefault(path, body)
    return pages


# --- 5. Taiwan city government (ROC dates), healthy -------------------------------------

TW_NEWS = [
    "市長出席春季植樹活動 呼籲市民共同守護綠色家園",
    "本市公共自行車2.0新增50站 4月1日起正式營運",
    "市府推動社會住宅第三期 預計提供1,200戶",
    "115年度低收入戶生活扶助開始受理申請",
    "清明連假交通疏運措施 市府呼籲多利用大眾運輸",
    "市長主持市政會議 通過老舊校舍耐震補強計畫",
    "本市榮獲115年度全國環境教育獎特優",
    "市府與在地企業簽署淨零轉型合作備忘錄",
    "兒童節系列活動登場 親子同樂好去處",
    "本市登革熱防治 市府啟動孳生源清除行動",
    "市府表揚績優志工 感謝長期投入社會服務",
    "市立圖書館新總館動土 預計117年完工",
]
TW_NOTICES = [
    "公告本市115年度第1期公有零售市場攤位招租",
    "公告修正「市民活動中心管理自治條例」草案預告",
    "115年度身心障礙者專用停車位識別證換證公告",
    "公告本市都市計畫細部計畫變更案公開展覽",
    "本府115年度約僱人員甄選簡章",
    "公告本市114年度地價稅開徵",
    "公告本市違章建築拆除執行計畫",
    "115年市民健康檢查補助受理公告",
]
TW_JOBS = [
    "市政府秘書處徵求約僱人員1名",
    "社會局徵求社工督導1名",
    "環境保護局職缺公告（技佐）",
    "工務局徵聘約用工程師2名",
    "教育局徵求臨時人員1名",
    "文化局職務代理人甄選公告",
]


@dataclass
class TwCol:
    name: str
    path: str
    pool: Sequence[str]
    ages: Sequence[int]


TW_CITY_COLS = [
    TwCol("市政新聞", "/News.aspx?n=1001&sms=10001", TW_NEWS, [0, 1, 1, 2, 3, 5, 6]),
    TwCol(
        "最新消息", "/News.aspx?n=1002&sms=10002", TW_NEWS[4:] + TW_NEWS[:4], [1, 2, 4, 6, 8, 11]
    ),
    TwCol("公告資訊", "/News.aspx?n=1003&sms=10003", TW_NOTICES, [3, 9, 17, 28, 40]),
    TwCol("徵才資訊", "/News.aspx?n=1004&sms=10004", TW_JOBS, [2, 12, 25, 44]),
    TwCol("活動訊息", "/News.aspx?n=1005&sms=10005", TW_NEWS[8:] + TW_NEWS[:8], [0, 4, 7, 12]),
]


def tw_href(col_path: str, age: int, i: int) -> str:
    n = col_path.split("n=")[1].split("&")[0]
    return f"/News_Content.aspx?n={n}&sms={10000 + int(n) % 100}&s={880000 + i * 31 + age}"


def tw_footer(name: str, addr: str, extra: str) -> str:
    return f"""<footer class="footer"><div class="container">
<div class="foot-logo"><img src="/images/logo_foot.png" alt="{name}"></div>
<ul class="foot-info"><li>{addr}</li><li>總機：(05)225-4321　市民服務專線：1999</li>
<li>服務時間：週一至週五 上午8:00-12:00，下午13:30-17:30</li></ul>
<ul class="foot-links"><li><a href="/cp.aspx?n=2001">隱私權保護政策</a></li><li><a href="/cp.aspx?n=2002">資訊安全政策</a></li>
<li><a href="/cp.aspx?n=2003">政府網站資料開放宣告</a></li><li><a href="/sitemap.aspx">網站導覽</a></li><li><a href="/cp.aspx?n=2004">常見問答</a></li></ul>
<p class="accessible"><a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20260101000001" title="無障礙網站" target="_blank"><img src="/images/accessibility_AA.png" alt="通過AA等級無障礙網頁檢測"></a></p>
<p>{extra}</p><p>Copyright © 2026 {name}. All Rights Reserved. 最佳瀏覽解析度1280x800以上</p>
<p>本網站瀏覽人次：<span class="counter">35,826,411</span>　更新日期：<span class="update">115-03-17</span></p>
</div></footer>"""


def tw_list_item(col: TwCol, age: int, i: int, title: str, fmt: str) -> str:
    return (
        f'<tr><td class="CCMS_jGridView_td_Class_0" data-title="序號">{i + 1}</td>'
        f'<td class="CCMS_jGridView_td_Class_1" data-title="標題"><span><a href="{tw_href(col.path, age, i)}" title="{title}">{title}</a></span></td>'
        f'<td class="CCMS_jGridView_td_Class_2" data-title="發布日期"><span>{show(age, fmt)}</span></td>'
        f'<td class="CCMS_jGridView_td_Class_3" data-title="發布單位"><span>{"秘書處" if i % 2 else "新聞處"}</span></td></tr>'
    )


TW_HEAD = """<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="DC.Title" content="{name}"><meta name="DC.Creator" content="{name}"><meta name="DC.Subject" content="{name}">
<meta name="DC.Publisher" content="{name}"><meta name="DC.Date" content="2013-01-01"><meta name="DC.Type" content="文字">
<meta name="DC.Language" content="中文"><meta name="Category.Theme" content="300"><meta name="Category.Cake" content="600">
<meta name="Category.Service" content="I00"><meta name="Keywords" content="{name},市政,新聞,公告">
<link rel="stylesheet" href="/css/style.css?v=11503"><link rel="stylesheet" href="/css/font-awesome.min.css">
<style>{css}</style>
<script src="/Scripts/jquery-3.7.1.min.js"></script><script src="/Scripts/Chiefpage.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TW0000001"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-TW0000001');</script>"""


def tw_city_pages() -> dict[str, str | bytes]:
    name = "嘉平市政府"
    head = TW_HEAD.format(name=name, css=CSS)
    menu = """<nav class="menu"><ul>
<li><a href="/cp.aspx?n=3001" title="市府簡介">市府簡介</a><ul><li><a href="/cp.aspx?n=3011">市長介紹</a></li><li><a href="/cp.aspx?n=3012">副市長介紹</a></li><li><a href="/cp.aspx?n=3013">市府組織</a></li></ul></li>
<li><a href="/News.aspx?n=1001&sms=10001" title="市政資訊">市政資訊</a><ul><li><a href="/News.aspx?n=1001&sms=10001">市政新聞</a></li><li><a href="/News.aspx?n=1003&sms=10003">公告資訊</a></li><li><a href="/News.aspx?n=1005&sms=10005">活動訊息</a></li></ul></li>
<li><a href="/cp.aspx?n=3003" title="便民服務">便民服務</a><ul><li><a href="/cp.aspx?n=3031">申辦服務</a></li><li><a href="/cp.aspx?n=3032">表單下載</a></li><li><a href="https://1999.example.gov.tw/">1999市民熱線</a></li></ul></li>
<li><a href="/cp.aspx?n=3004" title="政府資訊公開">政府資訊公開</a><ul><li><a href="/cp.aspx?n=3041">施政計畫</a></li><li><a href="/cp.aspx?n=3042">預算書</a></li><li><a href="/cp.aspx?n=3043">決算書</a></li><li><a href="/cp.aspx?n=3044">統計資訊</a></li></ul></li>
<li><a href="/cp.aspx?n=3005" title="市長信箱">市長信箱</a></li><li><a href="/cp.aspx?n=3006" title="English">English</a></li></ul></nav>"""
    blocks = []
    for k, col in enumerate(TW_CITY_COLS):
        names = titles(col.pool, len(col.ages))
        fmt = "roc" if k % 2 == 0 else "rocslash"
        lis = "".join(
            f'<li><span class="date">{show(a, fmt)}</span><a href="{tw_href(col.path, a, i)}" title="{t}">{t}</a></li>'
            for i, (a, t) in enumerate(zip(col.ages, names, strict=True))
        )
        blocks.append(
            f'<div class="group-list news{k}"><div class="group-title"><h2><a href="{col.path}">{col.name}</a></h2></div>'
            f'<ul>{lis}</ul><div class="more"><a href="{col.path}" title="更多{col.name}">更多</a></div></div>'
        )
    home = f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head>{head}<title>{name}全球資訊網</title></head><body>
{svg_sprite(75, 5)}
<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>
<a href="#C" class="acc-skip" title="跳到主要內容區塊">跳到主要內容區塊</a>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/images/logo.png" alt="{name}"></a>
<a href="#U" accesskey="U" title="上方功能區塊">:::</a>
<ul class="top-links"><li><a href="/sitemap.aspx">網站導覽</a></li><li><a href="/">回首頁</a></li><li><a href="/cp.aspx?n=3006">English</a></li>
<li><a href="/cp.aspx?n=3099">RSS</a></li><li><a href="javascript:;" class="font-size">字級：小 中 大</a></li></ul>
<form class="search" action="/Search.aspx"><input type="text" name="q" title="搜尋" placeholder="請輸入關鍵字"><button>搜尋</button></form>
<div class="hot">熱門關鍵字：<a href="/Search.aspx?q=社會住宅">社會住宅</a> <a href="/Search.aspx?q=育兒津貼">育兒津貼</a> <a href="/Search.aspx?q=停車">停車</a></div>
</div>{menu}</header>
<div class="banner"><ul class="slick">
<li><a href="/News_Content.aspx?n=1001&s=880001"><img src="/images/banner/11503_1.jpg" alt="2026嘉平燈會"></a></li>
<li><a href="/News_Content.aspx?n=1001&s=880002"><img src="/images/banner/11503_2.jpg" alt="市民卡升級"></a></li>
<li><a href="/News_Content.aspx?n=1001&s=880003"><img src="/images/banner/11503_3.jpg" alt="防詐宣導"></a></li></ul></div>
<main id="C"><a href="#C" accesskey="C" title="中央內容區塊">:::</a><div class="container">
{"".join(blocks)}
<div class="service-box"><h2>便民服務</h2><ul>{"".join(f'<li><a href="/cp.aspx?n=31{i:02d}">{s}</a></li>' for i, s in enumerate(["戶政服務", "地政服務", "稅務服務", "交通違規查詢", "停車費查詢", "育兒津貼", "老人健保補助", "身障福利", "社會住宅", "垃圾清運時刻", "公車動態", "市民卡"]))}</ul></div>
<div class="links"><h2>相關網站</h2><ul><li><a href="https://www.gov.tw/">我的E政府</a></li><li><a href="https://www.ey.gov.tw/">行政院</a></li><li><a href="https://www.moi.gov.tw/">內政部</a></li><li><a href="https://www.cdc.gov.tw/">疾病管制署</a></li></ul></div>
</div></main>
{tw_footer(name, "地址：60001嘉平市東區中山路199號", "本府已通過ISO 27001資訊安全管理系統驗證")}
<script>$(function(){{ $('.slick').slick && $('.slick').slick({{autoplay:true,dots:true}}); $('.font-size').on('click',function(){{ $('body').toggleClass('big'); }}); }});</script>
{COMMON_SCRIPT.split("<script>")[0]}
</body></html>"""
    pages: dict[str, str | bytes] = {"/": home}
    for k, col in enumerate(TW_CITY_COLS):
        ages = extend(col.ages, total=15, step=6)
        names = titles(col.pool, len(ages))
        rows = "".join(
            tw_list_item(col, a, i, t, "rocslash" if k % 2 else "roc")
            for i, (a, t) in enumerate(zip(ages, names, strict=True))
        )
        pages[
            col.path
        ] = f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head>{head}<title>{col.name}-{name}全球資訊網</title></head><body>
<header class="header"><a href="/" class="logo"><img src="/images/logo.png" alt="{name}"></a>{menu}</header>
<main id="C"><div class="container"><div class="path"><a href="/">首頁</a> / <a href="/News.aspx?n=1001&sms=10001">市政資訊</a> / {col.name}</div>
<h2 class="title">{col.name}</h2>
<div class="form"><label>發布日期</label><input type="text" class="datepicker" title="起始日期" placeholder="115/01/01"> ~ <input type="text" class="datepicker" title="結束日期">
<label>關鍵字</label><input type="text"><button>查詢</button></div>
<table class="table-list" summary="{col.name}列表"><thead><tr><th>序號</th><th>標題</th><th>發布日期</th><th>發布單位</th></tr></thead>
<tbody>{rows}</tbody></table>
<div class="page">資料總筆數：{len(ages) * 4}　頁次：1/4　<a href="{col.path}&page=2">下一頁</a> <a href="{col.path}&page=4">最後頁</a></div></div></main>
{tw_footer(name, "地址：60001嘉平市東區中山路199號", "")}</body></html>"""
    return pages


# --- 6. Taiwan central ministry, hijacked with dark links -------------------------------

TW_MO_NEWS = [
    "部長出席國際教育論壇 分享數位學習推動成果",
    "115學年度大學個人申請第一階段篩選結果公布",
    "本部公布114年度大專校院學雜費調整審議結果",
    "推動雙語教育政策 本部新增補助中小學外籍英語教師",
    "高級中等學校免學費方案說明",
    "本部表揚115年度師鐸獎得主",
    "技職教育產學合作計畫成果發表",
    "本部與各縣市召開校園安全聯繫會議",
    "學生事務與特殊教育司業務說明會",
    "本部公布學產基金急難慰問金申請方式",
]
TW_MO_NOTICES = [
    "預告修正「專科以上學校學則規定」草案",
    "公告115年度教育部獎勵大學教學創新計畫申請須知",
    "公告「私立學校法施行細則」修正條文",
    "公告本部115年度委託研究計畫徵求",
    "預告訂定「學校衛生保健辦法」草案",
    "公告高級中等學校課程綱要修正",
    "公告本部115年度約聘人員甄選",
]
HIJACK_LINKS = [
    ("https://www.tw-casino88.com/", "娛樂城"),
    ("https://www.ballbet-tw.net/", "運彩分析"),
    ("https://www.slot-777tw.com/", "老虎機"),
    ("https://www.bcr-tw.com/", "百家樂"),
    ("https://www.leo-bet.tw/", "線上娛樂城推薦"),
    ("https://www.sportsbet-tw.org/", "運彩投注"),
    ("https://www.tiger-slot.tw/", "賓果賓果"),
    ("https://www.ah-casino.com/", "體育博彩"),
    ("https://www.dg-live.tw/", "真人百家樂"),
    ("https://www.fishing-tw.net/", "捕魚機"),
]


def tw_mo_pages() -> dict[str, str | bytes]:
    name = "教育資源部"
    head = TW_HEAD.format(name=name, css=CSS)
    cols = [
        TwCol(
            "即時新聞",
            "/News.aspx?n=9E7AC85F1954DDA8&sms=169B8E91BB75571F",
            TW_MO_NEWS,
            [0, 1, 2, 2, 4, 6],
        ),
        TwCol(
            "公告事項",
            "/News.aspx?n=A4D7B3A2E1C8F9D0&sms=8B2C1D3E4F5A6B7C",
            TW_MO_NOTICES,
            [2, 9, 20, 33, 50],
        ),
        TwCol(
            "徵才公告", "/News.aspx?n=B5C6D7E8F9A0B1C2&sms=1A2B3C4D5E6F7A8B", TW_JOBS, [5, 30, 70]
        ),
    ]

    def href(col: TwCol, a: int, i: int) -> str:
        n = col.path.split("n=")[1].split("&")[0]
        return f"/News_Content.aspx?n={n}&s={(i * 7919 + a):08X}"

    blocks = []
    for col in cols:
        names = titles(col.pool, len(col.ages))
        lis = "".join(
            f'<li><a href="{href(col, a, i)}" title="{t}"><span class="date">{show(a, "cn").replace(str(day(a).year) + "年", str(day(a).year - 1911) + "年")}</span>{t}</a></li>'
            for i, (a, t) in enumerate(zip(col.ages, names, strict=True))
        )
        blocks.append(
            f'<section class="news-block"><h2><a href="{col.path}">{col.name}</a></h2><ul>{lis}</ul><a class="more" href="{col.path}">more</a></section>'
        )
    # The injection: right after <body>, a block pushed off screen, and a referrer check.
    dark = "".join(f'<a href="{u}" target="_blank">{w}</a>' for u, w in HIJACK_LINKS)
    injected = (
        f'<div style="position:absolute;top:-6000px;left:-6000px;width:1px;height:1px;overflow:hidden">{dark}</div>\n'
        '<script>var _r=document.referrer;if(_r.indexOf("google.")>-1||_r.indexOf("yahoo.")>-1||_r.indexOf("bing.")>-1)'
        '{window.location.href="https://www.tw-casino88.com/?from=gov";}</script>'
    )
    home = f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head>{head}<title>{name}全球資訊網</title></head><body>
{injected}
{svg_sprite(85, 6)}
<a href="#C" class="acc-skip">跳到主要內容區塊</a>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/images/logo.png" alt="{name}"></a>
<ul class="top-links"><li><a href="/sitemap.aspx">網站導覽</a></li><li><a href="/">回首頁</a></li><li><a href="/cp.aspx?n=E1">English</a></li><li><a href="/cp.aspx?n=F1">兒童版</a></li></ul>
<form class="search" action="/Search.aspx"><input type="text" name="q" title="搜尋"><button>搜尋</button></form></div>
<nav class="menu"><ul><li><a href="/cp.aspx?n=A1">關於本部</a></li><li><a href="{cols[0].path}">新聞與公告</a></li>
<li><a href="/cp.aspx?n=A3">政策與計畫</a></li><li><a href="/cp.aspx?n=A4">法令規章</a></li><li><a href="/cp.aspx?n=A5">政府資訊公開</a></li>
<li><a href="/cp.aspx?n=A6">便民服務</a></li><li><a href="/cp.aspx?n=A7">部長信箱</a></li></ul></nav></header>
<main id="C"><div class="container">{"".join(blocks)}
<div class="topics"><h2>專區</h2><ul><li><a href="/cp.aspx?n=T1">十二年國教專區</a></li><li><a href="/cp.aspx?n=T2">防制校園霸凌專區</a></li><li><a href="/cp.aspx?n=T3">學習扶助專區</a></li><li><a href="/cp.aspx?n=T4">性別平等教育專區</a></li></ul></div>
</div></main>
{tw_footer(name, "地址：100217臺北市中正區中山南路5號", "本部網站已通過無障礙AA檢測")}
</body></html>"""
    pages: dict[str, str | bytes] = {"/": home}
    for col in cols:
        ages = extend(col.ages, total=15, step=7)
        names = titles(col.pool, len(ages))
        rows = "".join(
            f'<tr><td data-title="序號">{i + 1}</td><td data-title="標題"><a href="{href(col, a, i)}">{t}</a></td>'
            f'<td data-title="發布日期">{show(a, "roc")}</td></tr>'
            for i, (a, t) in enumerate(zip(ages, names, strict=True))
        )
        pages[
            col.path.split("?")[0] + "?" + col.path.split("?")[1]
        ] = f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head>{head}<title>{col.name}-{name}</title></head><body>
<header class="header"><a href="/" class="logo"><img src="/images/logo.png" alt="{name}"></a></header>
<main id="C"><div class="path"><a href="/">首頁</a> &gt; 新聞與公告 &gt; {col.name}</div><h2>{col.name}</h2>
<table class="table-list"><thead><tr><th>序號</th><th>標題</th><th>發布日期</th></tr></thead><tbody>{rows}</tbody></table></main>
{tw_footer(name, "地址：100217臺北市中正區中山南路5號", "")}</body></html>"""
    return pages


# --- 7. Hong Kong department --------------------------------------------------------------

HK_PRESS = [
    "渠務署完成元朗雨水排放系統改善工程",
    "渠務署公布新一份雨季防洪準備工作",
    "污水處理廠升級工程展開",
    "署長視察大埔河道修復工程",
    "渠務署推出「藍綠建設」公眾教育活動",
    "荃灣雨水隔流隧道年度檢查完成",
    "渠務署就淺水灣排水工程進行公眾諮詢",
    "新界東北污水收集系統第二期工程動工",
]
HK_NOTICES = [
    "臨時封路通告：觀塘道部分行車線",
    "水浸黑點改善工程施工通告",
    "排水設施維修期間臨時交通安排",
    "公眾諮詢：明渠活化計劃",
    "工程合約招標公告",
    "污水收費計劃更新通知",
]
HK_JOBS = [
    "招聘助理工程師（渠務署）",
    "招聘技術主任（土木）",
    "招聘二級工人",
    "招聘合約電腦系統經理",
]


def hk_pages() -> dict[str, str | bytes]:
    name = "渠務署"
    cols = [
        ("新聞公報", "/tc/press_releases/index.html", HK_PRESS, [0, 1, 3, 4, 7, 9]),
        ("最新消息", "/tc/whats_new/index.html", HK_PRESS[3:] + HK_PRESS[:3], [1, 2, 5, 8]),
        ("公告及通告", "/tc/notices/index.html", HK_NOTICES, [6, 20, 45, 80]),
        ("招聘", "/tc/recruitment/index.html", HK_JOBS, [400, 430, 500]),
    ]

    def href(path: str, a: int, i: int) -> str:
        d = day(a)
        return path.replace(
            "index.html", f"{d.year}/{d.month:02d}/{d.year}{d.month:02d}{d.day:02d}_{i}.html"
        )

    blocks = "".join(
        f'<div class="col-sm-6 home-block"><h2 class="block-title"><a href="{p}">{n}</a></h2><ul class="news-list">'
        + "".join(
            f'<li><span class="date">{show(a, "cn")}</span><a href="{href(p, a, i)}">{t}</a></li>'
            for i, (a, t) in enumerate(zip(ages, titles(pool, len(ages)), strict=True))
        )
        + f'</ul><a class="more" href="{p}">更多{n}</a></div>'
        for n, p, pool, ages in cols
    )
    head = f"""<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="keywords" content="{name}, 渠務, 防洪, 污水"><meta name="description" content="香港特別行政區政府{name}網站">
<link rel="stylesheet" href="/css/bootstrap.min.css"><link rel="stylesheet" href="/css/main.css?20251201"><style>{CSS}</style>
<script src="/js/jquery.min.js"></script>"""
    header = f"""<header><div class="gov-bar"><a href="https://www.gov.hk/tc/residents/" target="_blank"><img src="/images/govhk.png" alt="GovHK 香港政府一站通"></a>
<div class="lang"><a href="/en/index.html">English</a> | <a href="/sc/index.html">简体</a></div>
<div class="text-size"><a href="#" class="s">A</a><a href="#" class="m">A</a><a href="#" class="l">A</a></div>
<a href="/tc/accessibility.html">無障礙瀏覽</a> <a href="/tc/sitemap.html">網頁指南</a> <a href="/tc/contact_us.html">聯絡我們</a></div>
<div class="logo"><a href="/tc/index.html"><img src="/images/dsd_logo.png" alt="香港特別行政區政府 {name}"></a></div>
<nav><ul class="main-nav"><li><a href="/tc/about_us/index.html">關於我們</a></li><li><a href="/tc/whats_new/index.html">最新消息</a></li>
<li><a href="/tc/flood_prevention/index.html">防洪</a></li><li><a href="/tc/sewage_services/index.html">污水處理服務</a></li>
<li><a href="/tc/publications/index.html">刊物及宣傳資料</a></li><li><a href="/tc/tender_notices/index.html">招標公告</a></li><li><a href="/tc/faq.html">常見問題</a></li></ul></nav></header>"""
    footer = """<footer><div class="footer-links"><a href="/tc/important_notices.html">重要告示</a> | <a href="/tc/privacy_policy.html">私隱政策</a> |
<a href="/tc/accessibility.html">無障礙瀏覽</a> | <a href="/tc/sitemap.html">網頁指南</a></div>
<div class="copyright">2026 ©</div><div class="revision">本網頁修訂日期：<span>2026年3月17日</span></div>
<a href="https://www.brandhk.gov.hk/" target="_blank"><img src="/images/brandhk.png" alt="香港品牌"></a>
<a href="https://www.w3.org/WAI/WCAG2AA-Conformance"><img src="/images/wcag2AA.png" alt="2AA 等級符合 W3C WAI 網頁內容無障礙指引2.0"></a></footer>"""
    home = f"""<!DOCTYPE html><html lang="zh-HK"><head>{head}<title>{name} - 主頁</title></head><body>
{svg_sprite(90, 8)}
<a class="skip" href="#content">跳到主要內容</a>{header}
<div id="content" class="container"><div class="carousel"><div class="item"><a href="/tc/flood_prevention/rainstorm.html"><img src="/images/banner/rainstorm.jpg" alt="雨季防洪資訊"></a></div>
<div class="item"><a href="/tc/blue_green.html"><img src="/images/banner/bluegreen.jpg" alt="藍綠建設"></a></div></div>
<div class="row">{blocks}</div>
<div class="row quick"><h2>常用服務</h2><ul><li><a href="/tc/flood_blackspots.html">水浸黑點</a></li><li><a href="/tc/report.html">報告渠務問題</a></li><li><a href="/tc/sewage_charge.html">排污費</a></li><li><a href="/tc/drainage_records.html">渠務紀錄</a></li></ul></div></div>
{footer}</body></html>"""
    pages: dict[str, str | bytes] = {"/": home, "/tc/index.html": home}
    for n, p, pool, ages0 in cols:
        ages = extend(ages0, total=12, step=10)
        rows = "".join(
            f'<tr><td class="date">{show(a, "cn")}</td><td><a href="{href(p, a, i)}">{t}</a></td></tr>'
            for i, (a, t) in enumerate(zip(ages, titles(pool, len(ages)), strict=True))
        )
        pages[
            p
        ] = f"""<!DOCTYPE html><html lang="zh-HK"><head>{head}<title>{name} - {n}</title></head><body>{header}
<div id="content" class="container"><ol class="breadcrumb"><li><a href="/tc/index.html">主頁</a></li><li>{n}</li></ol><h1>{n}</h1>
<table class="table"><thead><tr><th>日期</th><th>標題</th></tr></thead><tbody>{rows}</tbody></table></div>{footer}</body></html>"""
    return pages


# --- 8. old GBK table-layout county site, zombie ---------------------------------------

GBK_COLS = [
    (
        "政务动态",
        "/Article/ShowClass.asp?ClassID=1",
        COUNTY_NEWS,
        [460, 470, 490, 510, 530, 560, 600],
    ),
    (
        "乡镇动态",
        "/Article/ShowClass.asp?ClassID=2",
        COUNTY_NEWS[6:] + COUNTY_NEWS[:6],
        [480, 500, 540, 580],
    ),
    ("通知公告", "/Article/ShowClass.asp?ClassID=3", NOTICES, [455, 520, 610, 700]),
    ("政策法规", "/Article/ShowClass.asp?ClassID=4", POLICIES, [600, 720, 800]),
    ("人事任免", "/Article/ShowClass.asp?ClassID=5", PERSONNEL, [650, 900]),
]


GBK_DEPTS = [
    "县发展和改革局",
    "县教育局",
    "县科学技术局",
    "县工业和信息化局",
    "县公安局",
    "县民政局",
    "县司法局",
    "县财政局",
    "县人力资源和社会保障局",
    "县自然资源和规划局",
    "县住房和城乡建设局",
    "县交通运输局",
    "县水利局",
    "县农业农村局",
    "县商务局",
    "县文化广电和旅游局",
    "县卫生健康局",
    "县退役军人事务局",
    "县应急管理局",
    "县审计局",
    "县市场监督管理局",
    "县统计局",
    "县医疗保障局",
    "县林业局",
    "县行政审批局",
    "县信访局",
    "石桥镇",
    "东关镇",
    "西河乡",
    "南庄乡",
    "北岭镇",
    "柳林乡",
    "杏园乡",
    "马头镇",
]


def gbk_menu_script() -> str:
    """Old sites build their drop-down menus from arrays in an inline script."""
    entries = []
    for i, dept in enumerate(GBK_DEPTS):
        for j, sub in enumerate(["机构职能", "领导信息", "工作动态", "信息公开", "办事指南"]):
            entries.append(
                f'menu[{i * 5 + j}] = new Array("{dept}{sub}", "/xxgk/bm{i:02d}/{j}.html", "_self");'
            )
    return (
        '<script language="javascript">\nvar menu = new Array();\n'
        + "\n".join(entries)
        + "\nfunction showMenu(n){ var d=document.getElementById('sub'+n); if(d) d.style.display='block'; }"
        "\nfunction hideMenu(n){ var d=document.getElementById('sub'+n); if(d) d.style.display='none'; }\n</script>"
    )


def gbk_dept_table() -> str:
    cells = []
    for i, dept in enumerate(GBK_DEPTS):
        cells.append(
            f'<td width="25%" height="26"><img src="/images/dot2.gif" width="7" height="7"> '
            f'<a href="/xxgk/bm{i:02d}/" target="_blank">{dept}</a></td>'
        )
    rows = "".join("<tr>" + "".join(cells[k : k + 4]) + "</tr>" for k in range(0, len(cells), 4))
    return (
        '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="1" bgcolor="#CCCCCC">'
        '<tr><td colspan="4" height="30" bgcolor="#E8F1FB"><b>&nbsp;信息公开目录</b></td></tr>'
        f'<tr><td bgcolor="#FFFFFF"><table width="100%">{rows}</table></td></tr></table>'
    )


def gbk_pages() -> dict[str, str | bytes]:
    name = "石桥县人民政府"

    def href(a: int, i: int, cls: int) -> str:
        return f"/Article/ShowArticle.asp?ArticleID={3000 - a + i * 3 + cls}"

    def table(
        n: str, p: str, pool: Sequence[str], ages: Sequence[int], cls: int, count: int = 7
    ) -> str:
        rows = "".join(
            f'<tr><td width="12" height="22"><img src="/images/arrow.gif" width="5" height="5"></td>'
            f'<td><a href="{href(a, i, cls)}" target="_blank" title="{t}">{t[:22]}</a></td>'
            f'<td width="80" align="right"><font color="#999999">{show(a, "bracket")}</font></td></tr>'
            for i, (a, t) in enumerate(zip(list(ages)[:count], titles(pool, count), strict=False))
        )
        return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="30" background="/images/bt_bg.gif"><table width="100%"><tr><td width="120" class="bt"><b>{n}</b></td>
<td align="right"><a href="{p}"><img src="/images/more.gif" border="0" alt="更多"></a></td></tr></table></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">{rows}</table></td></tr></table>"""

    t = [table(n, p, pool, ages, k + 1) for k, (n, p, pool, ages) in enumerate(GBK_COLS)]
    home = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{name}欢迎您</title><meta name="keywords" content="石桥县,石桥县人民政府,石桥县政府网">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
<script language="javascript">
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++) if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}} }}
</script></head>
<body leftmargin="0" topmargin="0" onLoad="MM_preloadImages('/images/nav_1b.gif','/images/nav_2b.gif')">
{gbk_menu_script()}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="1000" height="180"><param name="movie" value="/images/top.swf"><param name="wmode" value="transparent"><embed src="/images/top.swf" width="1000" height="180" wmode="transparent"></embed></object></td></tr>
<tr><td height="36" background="/images/nav_bg.gif" align="center">
<a href="/" class="nav">网站首页</a> | <a href="/Article/ShowClass.asp?ClassID=10" class="nav">石桥概况</a> | <a href="{GBK_COLS[0][1]}" class="nav">政务动态</a> |
<a href="/xxgk/" class="nav">信息公开</a> | <a href="/Article/ShowClass.asp?ClassID=11" class="nav">招商引资</a> | <a href="/bszn/" class="nav">办事指南</a> |
<a href="/GuestBook/" class="nav">留言板</a> | <a href="/Article/ShowClass.asp?ClassID=12" class="nav">专题专栏</a></td></tr>
<tr><td height="28" bgcolor="#F2F7FD">&nbsp;<script>document.write(new Date().toLocaleDateString());</script>
&nbsp;&nbsp;<marquee width="700" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">热烈庆祝石桥县撤县设区工作取得阶段性成果！欢迎访问{name}网站！</marquee></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="330" valign="top"><table width="100%"><tr><td><a href="{href(460, 0, 1)}"><img src="/UploadFiles/2024121015230.jpg" width="320" height="240" border="0"></a></td></tr>
<tr><td align="center"><a href="{href(460, 0, 1)}">{COUNTY_NEWS[0][:18]}</a></td></tr></table></td>
<td width="10"></td><td valign="top">{t[0]}</td><td width="10"></td><td width="300" valign="top">{t[2]}</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="330" valign="top">{t[1]}</td><td width="10"></td><td valign="top">{t[3]}</td><td width="10"></td><td width="300" valign="top">{t[4]}</td></tr></table>
{gbk_dept_table()}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="30">友情链接：
<select onchange="window.open(this.options[this.selectedIndex].value)"><option>--政府网站--</option><option value="http://www.gov.cn">中国政府网</option><option value="http://www.example.gov.cn">省政府网</option></select>
<select onchange="window.open(this.options[this.selectedIndex].value)"><option>--县直部门--</option><option value="http://jyj.sq.gov.cn">县教育局</option><option value="http://wsj.sq.gov.cn">县卫生局</option></select></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#2B6CB5"><tr><td align="center" height="100"><font color="#FFFFFF">
主办：{name}办公室　承办：石桥县信息中心<br>
版权所有 Copyright &copy; 2009-2024 {name}　<a href="https://beian.miit.gov.cn/" target="_blank"><font color="#FFFFFF">冀ICP备09001234号</font></a><br>
网站标识码：1305310001　冀公网安备 13053102000011号　建议使用IE8.0以上浏览器 1024*768分辨率浏览<br>
<script src="https://s95.cnzz.com/z_stat.php?id=1000123456&web_id=1000123456" language="JavaScript"></script>
<span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=1305310001"><img src="/images/dzjg.png" border="0"></a></span>
</font></td></tr></table></body></html>"""
    pages: dict[str, str | bytes] = {"/": home.encode("gbk")}
    for k, (n, p, pool, ages0) in enumerate(GBK_COLS):
        ages = extend(ages0, total=20, step=15)
        rows = "".join(
            f'<tr><td height="24">·<a href="{href(a, i, k + 1)}" target="_blank">{t}</a></td><td width="100">{show(a, "iso")}</td>'
            f'<td width="60">点击：{120 + i * 7}</td></tr>'
            for i, (a, t) in enumerate(zip(ages, titles(pool, len(ages)), strict=True))
        )
        page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{n}-{name}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css"></head><body>
<table width="1000" align="center"><tr><td>您现在的位置：<a href="/">{name}</a> &gt;&gt; <a href="{p}">{n}</a></td></tr></table>
<table width="1000" align="center">{rows}</table>
<table width="1000" align="center"><tr><td align="center">共 {len(ages) * 3} 篇文章 首页 上一页 <a href="{p}&page=2">下一页</a> 尾页 页次：1/3页 20篇文章/页 转到：<select><option>第1页</option></select></td></tr></table>
<table width="1000" align="center"><tr><td align="center">版权所有 {name} 冀ICP备09001234号</td></tr></table></body></html>"""
        pages[p] = page.encode("gbk")
    return pages


SITES: dict[str, tuple[str, dict[str, str | bytes]]] = {}


def build() -> dict[str, tuple[str, dict[str, str | bytes]]]:
    """farm name -> (start path, pages by path (query included))."""
    return {
        "bz-jtt": ("/", jtt_pages()),
        "bz-city": ("/", city_pages()),
        "bz-county": ("/", county_pages()),
        "bz-town": (TOWN_PATH, town_pages()),
        "bz-tw-city": ("/", tw_city_pages()),
        "bz-tw-mo": ("/", tw_mo_pages()),
        "bz-hk": ("/", hk_pages()),
        "bz-gbk": ("/", gbk_pages()),
    }
