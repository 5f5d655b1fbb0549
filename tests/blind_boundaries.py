"""Blind evaluation: the inspectors' thresholds at their edges.

Fifteen sites written from how real government portals are built (TRS/Hanweb/Jeecms
style Chinese portals, two traditional Chinese sites, two English ones), each with its
newest dates placed exactly on or one day past a rule's line, and the truth for each
written down here before any scan was run.

Clocks: ``NOW`` is 2026-11-26 00:30 in Beijing (2026-11-25 16:30 UTC: the UTC day is
the day before, so a rule that counts UTC days is off by one there). The New Year sites
are judged at ``NOW_NEW_YEAR``, 2027-01-05 00:30 Beijing (2027-01-04 16:30 UTC).

Rules (README, Freshness; ../shared/domain-rules.md): a limit of N days is broken only
past N (an item exactly 14 days old is within 2 weeks); veto counts are "N or more";
unanswered messages count when 91 to 365 days old; a site is a zombie when nothing is
newer than 365 days; an item dated more than 1 day ahead is ``future_dated`` (5 points,
once) and is no update; the score is 100 less 5 a stale/empty column, 0 on a veto, and
below 60 fails.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

NOW = dt.datetime(2026, 11, 25, 16, 30, tzinfo=dt.UTC)  # 2026-11-26 00:30 Beijing
TODAY = dt.date(2026, 11, 26)
NOW_NEW_YEAR = dt.datetime(2027, 1, 4, 16, 30, tzinfo=dt.UTC)  # 2027-01-05 00:30 Beijing
TODAY_NEW_YEAR = dt.date(2027, 1, 5)


def ago(days: int, today: dt.date = TODAY) -> dt.date:
    return today - dt.timedelta(days=days)


# --------------------------------------------------------------------------------------
# Truth records


@dataclass(frozen=True)
class ColumnTruth:
    name: str
    type: str
    newest: str | None  # YYYY-MM-DD, None for an empty column
    empty: bool = False


@dataclass(frozen=True)
class SiteTruth:
    status: str
    passed: bool
    score: int | None  # None: not documented exactly
    must: dict[str, int | None]  # finding code -> count (None: any count)
    must_not: tuple[str, ...]
    columns: tuple[ColumnTruth, ...]
    last_updated: str | None
    # the sweep (--depth home): status and the findings that must / must not appear
    home_status: str
    home_must: tuple[str, ...]
    home_must_not: tuple[str, ...]


@dataclass
class Site:
    key: str
    host: str
    name: str
    group: str
    now: dt.datetime
    truth: SiteTruth
    pages: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, Any] = field(default_factory=dict)  # per-site [[sites]] keys
    note: str = ""

    @property
    def url(self) -> str:
        return f"http://{self.host}/"


# --------------------------------------------------------------------------------------
# Title pools (real headline shapes of county, town and department portals)

NEWS_TITLES = [
    "县委常委会召开会议传达学习全会精神",
    "我镇召开安全生产暨森林防火工作推进会",
    "市督查组来我县检查秋冬季大气污染防治工作",
    "县长带队调研重点项目建设进展情况",
    "全县农村人居环境整治现场推进会召开",
    "我局开展“法治宣传进社区”主题活动",
    "县政府召开第四十二次常务会议",
    "我县举行重大项目集中开工仪式",
    "镇党委理论学习中心组开展集中学习",
    "副县长到乡镇督导冬季森林防火工作",
    "县人大常委会视察农村饮水安全工程",
    "我县召开优化营商环境工作推进会",
    "全县秋粮收购工作有序推进",
    "县领导走访慰问困难党员和老党员",
    "我镇组织开展消防安全应急演练",
    "县市场监管局开展校园食品安全专项检查",
    "县政务服务中心推行“一窗通办”改革",
    "我县举办乡村振兴专题培训班",
    "镇村干部深入田间地头指导秋冬种",
    "县委书记主持召开县委财经委员会会议",
    "全县招商引资工作调度会召开",
    "我县开展冬季道路交通安全集中整治",
    "县卫健局开展义诊进乡村活动",
    "我局召开党风廉政建设专题会议",
    "县应急管理局组织开展危化品企业专项检查",
    "我镇召开人大代表视察座谈会",
    "县领导调研城区老旧小区改造工作",
    "全县河长制工作会议召开",
    "我县新增两家省级专精特新企业",
    "县文旅局举办非遗展示展演活动",
]
NOTICE_TITLES = [
    "关于做好冬季森林防火工作的通知",
    "关于开展2026年度安全生产大检查的通知",
    "关于公布行政执法人员名单的公告",
    "关于征集民生实事项目建议的公告",
    "关于调整部分公交线路的通告",
    "关于开展城乡居民医保集中参保缴费的通知",
    "关于第三季度政府网站检查情况的通报",
    "关于印发防汛应急预案的通知",
    "关于停水的通告",
    "关于公开征求意见的公告",
    "关于举办就业招聘会的通知",
    "关于做好节假日值班值守工作的通知",
    "关于国有建设用地使用权挂牌出让的公告",
    "关于开展农村房屋安全隐患排查的通知",
    "关于禁止露天焚烧秸秆的通告",
    "关于公布涉企收费目录清单的公告",
    "关于开展安全生产月活动的通知",
    "关于拟命名示范村的公示",
]
POLICY_TITLES = [
    "县人民政府关于印发优化营商环境若干措施的通知",
    "县人民政府办公室关于加强耕地保护的实施意见",
    "关于印发《农村集体资产管理办法》的通知",
    "县人民政府关于调整征地补偿标准的通知",
    "县政府办关于印发乡村振兴示范创建方案的通知",
    "关于进一步规范政府投资项目管理的意见",
    "关于印发《县级储备粮管理办法》的通知",
    "县人民政府关于公布行政许可事项清单的通知",
    "关于支持民营经济高质量发展的若干政策",
    "关于加快推进数字政府建设的实施方案",
    "关于印发公共资源交易管理办法的通知",
    "关于建立健全养老服务体系的实施意见",
]
PERSONNEL_TITLES = [
    "县人民政府关于任免工作人员职务的通知",
    "2026年度公开招聘事业单位工作人员拟聘用人员公示",
    "干部任前公示",
    "关于公开选调机关工作人员的公告",
    "县人民政府关于免去同志职务的通知",
    "公开招聘社区工作者笔试成绩公示",
    "乡镇事业单位公开招聘工作人员体检结果公示",
    "关于公开遴选公务员的公告",
    "县管干部任职前公示",
]
PLANNING_TITLES = [
    "国民经济和社会发展第十五个五年规划纲要",
    "2026年政府工作报告",
    "县国土空间总体规划（2021—2035年）批前公示",
    "年度重点工作计划",
    "城区控制性详细规划公示",
    "县“十五五”交通发展专项规划",
    "县综合防灾减灾规划",
    "全县年度重大项目建设计划",
    "县域商业体系建设实施方案",
]
LETTER_TITLES = [
    "关于小区门口路灯不亮的问题",
    "咨询城乡居民医保缴费标准",
    "反映村道被大车压坏",
    "关于孩子入学户籍的咨询",
    "小区物业乱收费问题",
    "咨询新生儿落户需要哪些材料",
    "反映夜间工地施工噪音扰民",
    "关于公交站台设置的建议",
    "咨询灵活就业社保补贴申请",
    "农村宅基地审批流程咨询",
    "反映菜市场周边占道经营",
    "关于老旧小区加装电梯的咨询",
    "咨询不动产登记办理时限",
    "关于增设学校周边减速带的建议",
]

TRAD_NEWS_TITLES = [
    "市府召開年終業務檢討會議",
    "區公所辦理冬令救濟物資發放",
    "市長視察防汛整備工作",
    "社區關懷據點聯合成果展熱鬧登場",
    "本所舉辦防災宣導活動",
    "區長率隊訪視獨居長者",
    "推動智慧政府數位服務再升級",
    "市府表揚績優志工團隊",
    "區公所與里辦公處召開里長座談會",
    "本市舉辦環保淨灘活動",
    "市長主持治安會報",
    "年度施政成果說明會圓滿落幕",
    "社會局辦理長照服務說明會",
    "市府公布重大建設推動進度",
    "區運動中心開放民眾使用",
]
TRAD_NOTICE_TITLES = [
    "公告本區低收入戶總清查作業",
    "公告國民年金保險費補助申請事項",
    "本區公有市場攤位招租公告",
    "公告道路施工交通管制",
    "公告停水通知",
    "公告受理重陽敬老禮金申請",
    "徵求志願服務人員公告",
    "公告土地徵收補償發放",
]

EN_NEWS_TITLES = [
    "City Council approves 2027 operating budget",
    "Road resurfacing on Main Street begins next week",
    "Parks department opens new community garden",
    "Mayor announces small business recovery grants",
    "Water main replacement project update",
    "Library extends weekend opening hours",
    "Public works crews prepare for winter storm season",
    "Council adopts updated climate action plan",
    "New recycling carts to be delivered to residents",
    "Fire department hosts open house",
    "Police department launches community liaison program",
    "Senior center fall programme announced",
]
EN_NOTICE_TITLES = [
    "Public notice: proposed zoning amendment",
    "Notice of public hearing on capital improvement plan",
    "Temporary road closure: Oak Avenue bridge",
    "Notice of intent to adopt stormwater ordinance",
    "Request for proposals: janitorial services",
    "Notice of vacancy on planning commission",
]


def series(newest: dt.date, count: int, seed: str, gap: tuple[int, int] = (2, 9)) -> list[dt.date]:
    """Dates going down from ``newest`` (the first is ``newest``)."""
    rng = random.Random(seed)
    dates = [newest]
    for _ in range(count - 1):
        dates.append(dates[-1] - dt.timedelta(days=rng.randint(*gap)))
    return dates


def items(
    pool: list[str], newest: dt.date | None, count: int, seed: str, gap: tuple[int, int] = (2, 9)
) -> list[tuple[str, dt.date]]:
    if newest is None:
        return []
    rng = random.Random(seed + "t")
    titles = pool[:]
    rng.shuffle(titles)
    out = []
    for i, d in enumerate(series(newest, count, seed, gap)):
        out.append((titles[i % len(titles)], d))
    return out


# --------------------------------------------------------------------------------------
# Chrome of a Chinese county/town portal

CSS = """
*{margin:0;padding:0}body{font:14px/1.8 "Microsoft YaHei","微软雅黑",SimSun,Arial;color:#333;background:#f5f5f5}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}img{border:0}
.w1200{width:1200px;margin:0 auto}.clearfix:after{content:"";display:block;clear:both}
.top-bar{height:36px;line-height:36px;background:#f0f0f0;border-bottom:1px solid #e5e5e5;font-size:12px}
.top-bar .fl{float:left}.top-bar .fr{float:right}.top-bar a{margin:0 8px;color:#666}
.header{height:160px;background:url(/images/head_bg.jpg) no-repeat center top}
.header .logo{float:left;margin-top:35px}.header .search{float:right;margin-top:60px}
.header .search input.txt{width:260px;height:34px;border:1px solid #c00;padding:0 10px}
.header .search input.btn{width:70px;height:36px;background:#c00;color:#fff;border:0;cursor:pointer}
.nav{height:50px;background:#b40000}.nav li{float:left;position:relative}
.nav li a{display:block;height:50px;line-height:50px;padding:0 26px;color:#fff;font-size:17px}
.nav li .sub{display:none;position:absolute;top:50px;left:0;width:760px;background:#fff;box-shadow:0 3px 8px rgba(0,0,0,.2);z-index:99;padding:15px}
.nav li:hover .sub{display:block}.nav li .sub dl{float:left;width:180px}.nav li .sub dt{font-weight:bold;color:#b40000}
.nav li .sub dd a{display:block;height:28px;line-height:28px;color:#333;font-size:14px;padding:0}
.banner{height:120px;margin:10px auto;background:#fff}.slide{float:left;width:580px;height:380px;position:relative;overflow:hidden}
.slide .bd li{position:absolute;left:0;top:0}.slide .bd img{width:580px;height:380px}.slide .tit{position:absolute;bottom:0;height:40px;line-height:40px;background:rgba(0,0,0,.5);color:#fff;width:100%;padding-left:12px}
.col-box{background:#fff;border:1px solid #e5e5e5;margin-bottom:12px}.col-hd{height:42px;line-height:42px;border-bottom:2px solid #b40000;padding:0 12px}
.col-hd h3{float:left;font-size:18px;color:#b40000}.col-hd .more{float:right;font-size:12px;color:#999}
.col-list{padding:8px 12px}.col-list li{height:34px;line-height:34px;overflow:hidden;background:url(/images/dot.png) no-repeat left center;padding-left:12px}
.col-list li a{float:left;width:80%;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}.col-list li span{float:right;color:#999}
.half{float:left;width:590px;margin-right:20px}.half.last{margin-right:0}.third{float:left;width:386px;margin-right:20px}.third.last{margin-right:0}
.empty-tip{padding:40px 0;text-align:center;color:#999}
.service li{float:left;width:140px;height:90px;text-align:center;margin:6px}.service li img{width:48px;height:48px;display:block;margin:8px auto}
.footer{background:#9a0000;color:#fff;padding:25px 0;margin-top:20px;font-size:13px;line-height:26px;text-align:center}
.footer a{color:#fff}.footer .jgbs{float:left;margin:10px 30px}.footer .zfzc{float:right;margin:10px 30px}
.links{background:#fff;padding:12px;border:1px solid #e5e5e5}.links select{width:220px;height:30px;margin-right:12px}
.crumb{height:40px;line-height:40px;border-bottom:1px solid #e5e5e5;color:#666}.side{float:left;width:260px}.side h2{background:#b40000;color:#fff;height:50px;line-height:50px;text-align:center}
.side li a{display:block;height:44px;line-height:44px;border-bottom:1px dashed #ddd;padding-left:30px}.side li.on a{color:#b40000;font-weight:bold}
.main{float:right;width:915px;background:#fff;padding:20px;min-height:600px}.main .list li{height:40px;line-height:40px;border-bottom:1px dashed #e5e5e5}
.main .list li a{float:left}.main .list li span{float:right;color:#888}.page{text-align:center;padding:20px 0;color:#666}.page a{margin:0 4px;padding:3px 8px;border:1px solid #ddd}
.msg-table{width:100%;border-collapse:collapse}.msg-table th{background:#f3f3f3;height:40px}.msg-table td{height:38px;border-bottom:1px dashed #ddd;text-align:center}
.msg-table td.t{text-align:left}.state-ok{color:#090}.state-no{color:#c00}
"""

MENU = [
    ("首页", "/", []),
    (
        "走进{short}",
        "/zjxx/",
        [
            (
                "概况",
                [
                    "地理位置",
                    "历史沿革",
                    "行政区划",
                    "人口民族",
                    "自然资源",
                    "经济发展",
                    "交通区位",
                ],
            ),
            ("领导之窗", ["县委领导", "县政府领导", "县人大领导", "县政协领导"]),
            ("魅力{short}", ["旅游景点", "特色产品", "民俗文化", "名人名胜"]),
        ],
    ),
    (
        "新闻中心",
        "/xwzx/",
        [
            ("新闻", ["要闻动态", "部门动态", "乡镇动态", "媒体聚焦", "图片新闻", "视频新闻"]),
            ("专题", ["学习贯彻全会精神", "优化营商环境", "乡村振兴", "安全生产", "文明城市创建"]),
        ],
    ),
    (
        "政务公开",
        "/zwgk/",
        [
            (
                "法定主动公开内容",
                [
                    "机构职能",
                    "政策文件",
                    "规划计划",
                    "财政资金",
                    "人事信息",
                    "统计信息",
                    "重大项目",
                    "公共资源配置",
                    "社会救助",
                    "应急管理",
                    "环境保护",
                ],
            ),
            (
                "公开指南",
                ["政府信息公开指南", "政府信息公开制度", "政府信息公开年报", "依申请公开"],
            ),
            ("重点领域", ["教育", "卫生健康", "食品药品", "安全生产", "价格收费"]),
        ],
    ),
    (
        "政务服务",
        "/zwfw/",
        [
            ("办事服务", ["个人办事", "法人办事", "部门服务", "主题服务", "一件事一次办"]),
            ("便民服务", ["社保查询", "公积金查询", "不动产登记", "水电气缴费", "交通违章"]),
        ],
    ),
    (
        "互动交流",
        "/hdjl/",
        [("互动", ["县长信箱", "咨询投诉", "在线访谈", "征集调查", "常见问题", "12345热线"])],
    ),
    (
        "专题专栏",
        "/ztzl/",
        [("专题", ["主题教育", "扫黑除恶", "河长制", "营商环境", "统计法治", "政务公开标准化"])],
    ),
]

FRIEND_LINKS = {
    "国家部委网站": [
        "中国政府网",
        "国家发展和改革委员会",
        "教育部",
        "科学技术部",
        "工业和信息化部",
        "公安部",
        "民政部",
        "司法部",
        "财政部",
        "人力资源和社会保障部",
        "自然资源部",
        "生态环境部",
        "住房和城乡建设部",
        "交通运输部",
        "水利部",
        "农业农村部",
        "商务部",
        "文化和旅游部",
        "国家卫生健康委员会",
        "应急管理部",
        "审计署",
        "国家市场监督管理总局",
    ],
    "省市政府网站": [
        "省人民政府",
        "市人民政府",
        "省发展和改革委员会",
        "省教育厅",
        "省公安厅",
        "省民政厅",
        "省财政厅",
        "省人社厅",
        "省自然资源厅",
        "省生态环境厅",
        "省住建厅",
        "省交通运输厅",
        "省农业农村厅",
        "省卫健委",
        "省应急管理厅",
    ],
    "县直部门网站": [
        "县发改局",
        "县教育局",
        "县公安局",
        "县民政局",
        "县司法局",
        "县财政局",
        "县人社局",
        "县自然资源局",
        "县住建局",
        "县交通运输局",
        "县水利局",
        "县农业农村局",
        "县商务局",
        "县文旅局",
        "县卫健局",
        "县应急管理局",
        "县市场监管局",
        "县统计局",
        "县医保局",
        "县城管局",
    ],
}


def _menu_html(short: str) -> str:
    out = ['<div class="nav"><ul class="w1200 clearfix">']
    for label, href, groups in MENU:
        label = label.replace("{short}", short)
        out.append(f'<li><a href="{href}">{label}</a>')
        if groups:
            out.append('<div class="sub clearfix">')
            for gi, (gname, subs) in enumerate(groups):
                gname = gname.replace("{short}", short)
                out.append(f"<dl><dt>{gname}</dt>")
                for si, s in enumerate(subs):
                    out.append(f'<dd><a href="{href}c{gi}{si:02d}/">{s}</a></dd>')
                out.append("</dl>")
            out.append("</div>")
        out.append("</li>")
    out.append("</ul></div>")
    return "\n".join(out)


def _friend_links() -> str:
    out = ['<div class="links w1200"><span>友情链接：</span>']
    for i, (label, names) in enumerate(FRIEND_LINKS.items()):
        out.append(
            f'<select onchange="if(this.value)window.open(this.value)" id="fl{i}"><option value="">--{label}--</option>'
        )
        for j, n in enumerate(names):
            out.append(f'<option value="http://www{i}{j}.gov.cn/">{n}</option>')
        out.append("</select>")
    out.append("</div>")
    return "\n".join(out)


def _footer(name: str, icp: str, code: str, since: int = 2016) -> str:
    return f"""
<div class="footer"><div class="w1200 clearfix">
<div class="jgbs"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E"));</script><a href="http://bszs.conac.cn/sitename?method=show&id=5A8B2C3D"><img src="/images/dzjg.png" alt="党政机关"></a></div>
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/mzsm/">免责声明</a> | <a href="/zwgk/gknb/">政府网站年度报表</a></p>
<p>主办单位：{name}　承办单位：{name}办公室　联系电话：0571-8888{code[-4:]}</p>
<p>版权所有 © {since}-2026 {name}　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　网站标识码：{code}</p>
<p><img src="/images/ga.png" alt="">浙公网安备 3301{code[-6:]}00123号　建议使用1366×768分辨率、IE10以上版本浏览器浏览本网站</p>
<div class="zfzc"><a href="https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteId.action?siteCode={code}"><img src="/images/jiucuo.png" alt="政府网站找错"></a></div>
</div></div>
<script src="/js/jquery.min.js"></script>
<script>
$(function(){{
  $(".tab-hd li").hover(function(){{var i=$(this).index();$(this).addClass("on").siblings().removeClass("on");
    $(this).parents(".tab-box").find(".tab-bd .panel").eq(i).show().siblings().hide();}});
  var idx=0,len=$(".slide .bd li").length;setInterval(function(){{idx=(idx+1)%len;$(".slide .bd li").eq(idx).fadeIn().siblings().fadeOut();}},5000);
}});
var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="/js/stat.js?v=20231108";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();
</script>
"""


def _head(title: str, keywords: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="{title}">
<meta name="SiteDomain" content="">
<meta name="SiteIDCode" content="3301270001">
<meta name="ColumnName" content="首页">
<meta name="keywords" content="{keywords}">
<meta name="description" content="{title}官方网站，发布政务信息，提供政务服务">
<title>{title}</title>
<style type="text/css">{CSS}</style>
<!--[if lt IE 9]><script src="/js/html5shiv.min.js"></script><![endif]-->
</head>
"""


def _top(name: str, short: str) -> str:
    return f"""<body>
<div class="top-bar"><div class="w1200 clearfix">
<div class="fl">欢迎访问{name}门户网站！</div>
<div class="fr"><a href="javascript:void(0)" id="StranLink">繁體</a>|<a href="javascript:void(0)" onclick="aria.start()">无障碍浏览</a>|<a href="javascript:void(0)" onclick="aria.oldFixedStart()">长者模式</a>|<a href="/wap/">手机版</a>|<a href="/wzdt/">网站地图</a>|<a href="/rss/">RSS订阅</a></div>
</div></div>
<div class="header"><div class="w1200 clearfix">
<div class="logo"><a href="/"><img src="/images/logo.png" alt="{name}"></a></div>
<div class="search"><form action="/jsearchfront/search.do" method="get" target="_blank"><input type="hidden" name="websiteid" value="330127000000000"><input type="text" class="txt" name="q" placeholder="请输入关键字"><input type="submit" class="btn" value="搜索"></form>
<p class="hot">热门搜索：<a href="/jsearchfront/search.do?q=社保">社保</a> <a href="/jsearchfront/search.do?q=公积金">公积金</a> <a href="/jsearchfront/search.do?q=招聘">招聘</a> <a href="/jsearchfront/search.do?q=不动产">不动产</a></p></div>
</div></div>
{_menu_html(short)}
"""


def _service_block() -> str:
    names = [
        "社保查询",
        "公积金查询",
        "医保服务",
        "不动产登记",
        "户籍办理",
        "出入境",
        "婚姻登记",
        "车驾管服务",
        "教育入学",
        "水电气",
        "交通出行",
        "法律服务",
        "就业创业",
        "住房保障",
        "养老服务",
        "企业开办",
    ]
    lis = "".join(
        f'<li><a href="/zwfw/bmfw/{i:02d}/"><img src="/images/fw{i:02d}.png" alt="">{n}</a></li>'
        for i, n in enumerate(names)
    )
    return f'<div class="col-box"><div class="col-hd"><h3>便民服务</h3></div><ul class="service clearfix">{lis}</ul></div>'


def _slide(titles: list[tuple[str, str]]) -> str:
    lis = "".join(
        f'<li><a href="{u}"><img src="/images/slide{i}.jpg" alt="{t}"></a><p class="tit"><a href="{u}">{t}</a></p></li>'
        for i, (t, u) in enumerate(titles)
    )
    nums = "".join(f"<li>{i + 1}</li>" for i in range(len(titles)))
    return f'<div class="slide"><ul class="bd">{lis}</ul><ul class="hd">{nums}</ul></div>'


@dataclass
class Col:
    """A column: its heading, path, type pool, and dated items (empty: a marker)."""

    name: str
    path: str
    entries: list[tuple[str, dt.date]]
    empty_marker: str | None = (
        None  # 暂无信息 / 暂无数据 / 没有找到相关记录 / "" (an empty <ul>) / "pager"
    )
    date_fmt: str = "iso"  # iso | slash | cn | md (year-less [MM-DD])
    url_style: str = (
        "trs"  # trs (/202611/t20261112_1.html) | art (/art/2026/11/12/art_1_2.html) | id (?id=)
    )


def fmt_date(d: dt.date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "cn":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "md":
        return f"[{d.month:02d}-{d.day:02d}]"
    if style == "roc":
        return f"{d.year - 1911}-{d.month:02d}-{d.day:02d}"
    if style == "en":
        return d.strftime("%B %-d, %Y")
    if style == "uk":
        return d.strftime("%-d %B %Y")
    raise ValueError(style)


def item_url(col: Col, i: int, d: dt.date) -> str:
    n = 4000 + i * 7 + len(col.path) * 13
    if col.url_style == "trs":
        return f"{col.path}{d.year}{d.month:02d}/t{d.year}{d.month:02d}{d.day:02d}_{n}.html"
    if col.url_style == "art":
        return f"/art/{d.year}/{d.month}/{d.day}/art_{len(col.path) * 31}_{n}.html"
    return f"{col.path}show.asp?id={n}"


def _block_items(col: Col, limit: int = 7) -> str:
    if not col.entries:
        if col.empty_marker in ("暂无信息", "暂无数据", "没有找到相关记录"):
            return f'<ul class="col-list"><li class="empty-tip">{col.empty_marker}</li></ul>'
        return '<ul class="col-list"></ul>'
    lis = []
    for i, (t, d) in enumerate(col.entries[:limit]):
        lis.append(
            f'<li><a href="{item_url(col, i, d)}" target="_blank" title="{t}">{t}</a><span>{fmt_date(d, col.date_fmt)}</span></li>'
        )
    return '<ul class="col-list">' + "".join(lis) + "</ul>"


def col_box(col: Col, cls: str = "", limit: int = 7) -> str:
    return (
        f'<div class="col-box {cls}"><div class="col-hd"><h3><a href="{col.path}">{col.name}</a></h3>'
        f'<a class="more" href="{col.path}">更多&gt;&gt;</a></div>{_block_items(col, limit)}</div>'
    )


def tab_box(cols: list[Col], cls: str = "") -> str:
    hd = "".join(
        "<li" + (' class="on"' if i == 0 else "") + f'><a href="{c.path}">{c.name}</a></li>'
        for i, c in enumerate(cols)
    )
    panels = "".join(
        ('<div class="panel"' + ("" if i == 0 else ' style="display:none"') + ">")
        + f"{_block_items(c)}"
        f'<a class="more" href="{c.path}">更多&gt;&gt;</a></div>'
        for i, c in enumerate(cols)
    )
    return f'<div class="col-box tab-box {cls}"><ul class="tab-hd col-hd clearfix">{hd}</ul><div class="tab-bd">{panels}</div></div>'


def list_page(
    site_name: str, short: str, col: Col, siblings: list[Col], icp: str, code: str
) -> str:
    side = "".join(
        ('<li class="on">' if s.path == col.path else "<li>")
        + f'<a href="{s.path}">{s.name}</a></li>'
        for s in siblings
    )
    if col.entries:
        lis = "".join(
            f'<li><a href="{item_url(col, i, d)}" target="_blank">{t}</a><span>{fmt_date(d, col.date_fmt)}</span></li>'
            for i, (t, d) in enumerate(col.entries[:15])
        )
        total = len(col.entries) + 30
        pages = (total + 14) // 15
        body = (
            f'<ul class="list">{lis}</ul><div class="page">共{total}条 每页15条 第1页/共{pages}页 '
            f'<a href="{col.path}">首页</a><a href="javascript:;">上一页</a><a href="{col.path}index_1.html">下一页</a>'
            f'<a href="{col.path}index_{pages - 1}.html">尾页</a></div>'
        )
    elif col.empty_marker == "pager":
        body = '<ul class="list"></ul><div class="page">共0条 每页15条 第1页/共0页 首页 上一页 下一页 尾页</div>'
    elif col.empty_marker:
        body = f'<div class="empty-tip">{col.empty_marker}</div>'
    else:
        body = '<ul class="list"></ul>'
    return (
        _head(f"{col.name}_{site_name}", col.name)
        + _top(site_name, short)
        + f'<div class="w1200 clearfix"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; {col.name}</div>'
        + f'<div class="side"><h2>栏目导航</h2><ul>{side}</ul></div><div class="main"><h3 class="tit">{col.name}</h3>{body}</div></div>'
        + _footer(site_name, icp, code)
        + "</body></html>"
    )


def zh_site(
    key: str,
    host: str,
    name: str,
    short: str,
    group: str,
    truth: SiteTruth,
    cols: list[Col],
    layout: list[Any],
    icp: str,
    code: str,
    now: dt.datetime = NOW,
    overrides: dict[str, Any] | None = None,
    note: str = "",
) -> Site:
    """A simplified Chinese portal: chrome, a slide of the newest news, column boxes by
    ``layout`` (a Col, or ("tabs", [Col...]), or ("row", [Col, Col]))."""
    newsish = [c for c in cols if c.entries][:1]
    slide = (
        [(t, item_url(newsish[0], i, d)) for i, (t, d) in enumerate(newsish[0].entries[:4])]
        if newsish
        else []
    )
    parts = [
        _head(f"{name}门户网站", f"{name},{short},政务公开,政务服务"),
        _top(name, short),
        '<div class="w1200 banner"><img src="/images/banner_ddzt.jpg" alt="深入学习贯彻党的二十届四中全会精神"></div>',
        '<div class="w1200 clearfix">',
        _slide(slide) if slide else "",
    ]
    for entry in layout:
        if isinstance(entry, Col):
            parts.append(col_box(entry, "half"))
        elif entry[0] == "tabs":
            parts.append(tab_box(entry[1], "half"))
        elif entry[0] == "row":
            parts.append(
                '<div class="clearfix">'
                + "".join(
                    col_box(c, "third" + (" last" if j == len(entry[1]) - 1 else ""), 6)
                    for j, c in enumerate(entry[1])
                )
                + "</div>"
            )
        elif entry[0] == "html":
            parts.append(entry[1])
    parts.append(_service_block())
    parts.append("</div>")
    parts.append(_friend_links())
    parts.append(_footer(name, icp, code))
    parts.append("</body></html>")
    pages = {"/": "\n".join(parts)}
    for c in cols:
        pages[c.path] = list_page(name, short, c, cols, icp, code)
    return Site(key, host, name, group, now, truth, pages, overrides or {}, note)


def messages_block(title: str, path: str, letters: list[tuple[str, dt.date, str]]) -> str:
    rows = "".join(
        f'<tr><td class="t"><a href="{path}detail.jsp?id={900 + i}">{t}</a></td><td>{d.isoformat()}</td>'
        f'<td class="{"state-ok" if s == "已回复" else "state-no"}">{s}</td></tr>'
        for i, (t, d, s) in enumerate(letters)
    )
    return (
        f'<div class="col-box half"><div class="col-hd"><h3><a href="{path}">{title}</a></h3><a class="more" href="{path}">更多&gt;&gt;</a></div>'
        f'<div class="btns"><a href="{path}write.jsp">我要写信</a> <a href="{path}query.jsp">信件查询</a></div>'
        f'<table class="msg-table"><tr><th>信件标题</th><th>来信时间</th><th>办理状态</th></tr>{rows}</table></div>'
    )


def messages_page(
    site_name: str,
    short: str,
    title: str,
    path: str,
    letters: list[tuple[str, dt.date, str]],
    icp: str,
    code: str,
) -> str:
    rows = "".join(
        f'<tr><td>{len(letters) - i}</td><td class="t"><a href="{path}detail.jsp?id={900 + i}">{t}</a></td><td>{d.isoformat()}</td>'
        f'<td class="{"state-ok" if s == "已回复" else "state-no"}">{s}</td></tr>'
        for i, (t, d, s) in enumerate(letters)
    )
    body = (
        f'<table class="msg-table"><tr><th>序号</th><th>信件标题</th><th>来信时间</th><th>办理状态</th></tr>{rows}</table>'
        f'<div class="page">共{len(letters)}条 第1页/共1页</div>'
    )
    return (
        _head(f"{title}_{site_name}", title)
        + _top(site_name, short)
        + f'<div class="w1200 clearfix"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; {title}</div>'
        + f'<div class="main" style="float:none;width:auto"><h3 class="tit">{title}</h3><p>来信须知：请如实反映问题，我们将在15个工作日内答复。</p>{body}</div></div>'
        + _footer(site_name, icp, code)
        + "</body></html>"
    )


# --------------------------------------------------------------------------------------
# The sites

SITES: list[Site] = []


def _t(**kw: Any) -> SiteTruth:
    kw.setdefault("home_must", ())
    kw.setdefault("home_must_not", ())
    return SiteTruth(**kw)


# 1. Everything exactly on its line: homepage newest 14 days, news 14, notice 180,
#    policy 180, personnel 365, planning 365. Nothing is past a limit: healthy.
c_news = Col("镇务动态", "/xwzx/zwdt/", items(NEWS_TITLES, ago(14), 20, "a1"))
c_notice = Col("通知公告", "/zwgk/tzgg/", items(NOTICE_TITLES, ago(180), 16, "a2", (10, 30)))
c_policy = Col(
    "政策文件", "/zwgk/zcwj/", items(POLICY_TITLES, ago(180), 12, "a3", (15, 40)), url_style="art"
)
c_pers = Col("人事信息", "/zwgk/rsxx/", items(PERSONNEL_TITLES, ago(365), 9, "a4", (20, 60)))
c_plan = Col("规划计划", "/zwgk/ghjh/", items(PLANNING_TITLES, ago(365), 9, "a5", (30, 90)))
SITES.append(
    zh_site(
        "edge_in",
        "www.qingshan.boundary.test",
        "青山镇人民政府",
        "青山",
        "边界市",
        _t(
            status="healthy",
            passed=True,
            score=100,
            must={},
            must_not=(
                "homepage_stale",
                "column_stale",
                "column_empty",
                "abandoned",
                "future_dated",
                "undated",
            ),
            columns=(
                ColumnTruth("镇务动态", "news", ago(14).isoformat()),
                ColumnTruth("通知公告", "notice", ago(180).isoformat()),
                ColumnTruth("政策文件", "policy", ago(180).isoformat()),
                ColumnTruth("人事信息", "personnel", ago(365).isoformat()),
                ColumnTruth("规划计划", "planning", ago(365).isoformat()),
            ),
            last_updated=ago(14).isoformat(),
            home_status="healthy",
            home_must_not=("homepage_stale", "abandoned"),
        ),
        [c_news, c_notice, c_policy, c_pers, c_plan],
        [c_news, c_notice, ("row", [c_policy, c_pers, c_plan])],
        "浙ICP备05012345号-1",
        "3301270011",
        note="each date exactly on its limit; the scan runs at 00:30 Beijing (UTC day before)",
    )
)

# 2. Everything one day past its line: homepage newest 15 days, news 15, notice 181,
#    policy 181, personnel 366, planning 366. Homepage stale (veto); 5 stale columns of
#    which 3 are news/notice/policy (below the 5 key-column veto), 5 of any type (< 10).
c_news = Col("镇务动态", "/xwzx/zwdt/", items(NEWS_TITLES, ago(15), 20, "b1"), date_fmt="slash")
c_notice = Col(
    "通知公告", "/zwgk/tzgg/", items(NOTICE_TITLES, ago(181), 16, "b2", (10, 30)), date_fmt="slash"
)
c_policy = Col(
    "政策文件",
    "/zwgk/zcwj/",
    items(POLICY_TITLES, ago(181), 12, "b3", (15, 40)),
    date_fmt="slash",
    url_style="art",
)
c_pers = Col(
    "人事信息",
    "/zwgk/rsxx/",
    items(PERSONNEL_TITLES, ago(366), 9, "b4", (20, 60)),
    date_fmt="slash",
)
c_plan = Col(
    "规划计划", "/zwgk/ghjh/", items(PLANNING_TITLES, ago(366), 9, "b5", (30, 90)), date_fmt="slash"
)
clock = '<div class="w1200" style="height:30px;line-height:30px">今天是：2026年11月26日 星期四　天气：多云 8~15℃</div>'
SITES.append(
    zh_site(
        "edge_out",
        "www.baishui.boundary.test",
        "白水镇人民政府",
        "白水",
        "边界市",
        _t(
            status="stale",
            passed=False,
            score=0,
            must={"homepage_stale": None, "column_stale": 5},
            must_not=("abandoned", "column_empty", "future_dated"),
            columns=(
                ColumnTruth("镇务动态", "news", ago(15).isoformat()),
                ColumnTruth("通知公告", "notice", ago(181).isoformat()),
                ColumnTruth("政策文件", "policy", ago(181).isoformat()),
                ColumnTruth("人事信息", "personnel", ago(366).isoformat()),
                ColumnTruth("规划计划", "planning", ago(366).isoformat()),
            ),
            last_updated=ago(15).isoformat(),
            home_status="stale",
            home_must=("homepage_stale",),
            home_must_not=("abandoned",),
        ),
        [c_news, c_notice, c_policy, c_pers, c_plan],
        [("html", clock), c_news, c_notice, ("row", [c_policy, c_pers, c_plan])],
        "浙ICP备05012346号-1",
        "3301270012",
        note="each date one day past its limit; a static 今天是 clock line is no update",
    )
)

# 3. Four empty columns (no veto): 暂无信息, 暂无数据, 没有找到相关记录 and an empty <ul>,
#    each on the homepage and on its own page. Fresh news and notices.
c_news = Col("要闻动态", "/xwzx/ywdt/", items(NEWS_TITLES, ago(1), 20, "c1"), date_fmt="cn")
c_notice = Col(
    "通知公告", "/zwgk/tzgg/", items(NOTICE_TITLES, ago(6), 14, "c2", (4, 15)), date_fmt="cn"
)
e1 = Col("政策解读", "/zwgk/zcjd/", [], "暂无信息")
e2 = Col("人事信息", "/zwgk/rsxx/", [], "暂无数据")
e3 = Col("规划计划", "/zwgk/ghjh/", [], "没有找到相关记录")
e4 = Col("财政资金", "/zwgk/czzj/", [], "")
SITES.append(
    zh_site(
        "empty4",
        "www.dongpo.boundary.test",
        "东坡区人民政府",
        "东坡",
        "边界市",
        _t(
            status="stale",
            passed=True,
            score=80,
            must={"column_empty": 4},
            must_not=("homepage_stale", "column_stale", "abandoned"),
            columns=(
                ColumnTruth("要闻动态", "news", ago(1).isoformat()),
                ColumnTruth("通知公告", "notice", ago(6).isoformat()),
                ColumnTruth("政策解读", "policy", None, True),
                ColumnTruth("人事信息", "personnel", None, True),
                ColumnTruth("规划计划", "planning", None, True),
                ColumnTruth("财政资金", "finance", None, True),
            ),
            last_updated=ago(1).isoformat(),
            home_status="healthy",
            home_must_not=("homepage_stale",),
        ),
        [c_news, c_notice, e1, e2, e3, e4],
        [c_news, c_notice, ("row", [e1, e2, e3]), e4],
        "川ICP备11002233号",
        "5114020001",
        note="4 empty columns: a 20-point deduction, no veto",
    )
)

# 4. Five empty columns (veto): the four above and a list page that is only a pager (共0条).
c_news = Col("要闻动态", "/xwzx/ywdt/", items(NEWS_TITLES, ago(2), 20, "d1"))
c_notice = Col("通知公告", "/zwgk/tzgg/", items(NOTICE_TITLES, ago(9), 14, "d2", (4, 15)))
e1 = Col("政策解读", "/zwgk/zcjd/", [], "暂无信息")
e2 = Col("人事信息", "/zwgk/rsxx/", [], "暂无数据")
e3 = Col("规划计划", "/zwgk/ghjh/", [], "没有找到相关记录")
e4 = Col("财政资金", "/zwgk/czzj/", [], "")
e5 = Col("统计信息", "/zwgk/tjxx/", [], "pager")
SITES.append(
    zh_site(
        "empty5",
        "www.xiping.boundary.test",
        "西平县人民政府",
        "西平",
        "边界市",
        _t(
            status="stale",
            passed=False,
            score=0,
            must={"column_empty": 5},
            must_not=("homepage_stale", "column_stale", "abandoned"),
            columns=(
                ColumnTruth("要闻动态", "news", ago(2).isoformat()),
                ColumnTruth("通知公告", "notice", ago(9).isoformat()),
                ColumnTruth("政策解读", "policy", None, True),
                ColumnTruth("人事信息", "personnel", None, True),
                ColumnTruth("规划计划", "planning", None, True),
                ColumnTruth("财政资金", "finance", None, True),
                ColumnTruth("统计信息", "statistics", None, True),
            ),
            last_updated=ago(2).isoformat(),
            home_status="healthy",
            home_must_not=("homepage_stale",),
        ),
        [c_news, c_notice, e1, e2, e3, e4, e5],
        [c_news, c_notice, ("row", [e1, e2, e3]), ("row", [e4, e5])],
        "豫ICP备09004567号",
        "4117210001",
        note="5 empty columns: veto",
    )
)


# 5. Four stale news/notice/policy columns and five stale personnel/planning columns:
#    9 stale in all, below both vetoes; but 9 x 5 points leave 55, under pass_score 60.
def _stale_set(
    seed: str,
    key_stale: list[tuple[str, str, str, int]],
    other_stale: list[tuple[str, str, str, int]],
    fmt: str = "iso",
) -> tuple[list[Col], list[ColumnTruth]]:
    pools = {
        "news": NEWS_TITLES,
        "notice": NOTICE_TITLES,
        "policy": POLICY_TITLES,
        "personnel": PERSONNEL_TITLES,
        "planning": PLANNING_TITLES,
    }
    cols, truths = [], []
    for i, (name, path, typ, age) in enumerate(key_stale + other_stale):
        gap = (2, 8) if typ == "news" else (10, 40)
        cols.append(
            Col(name, path, items(pools[typ], ago(age), 12, f"{seed}{i}", gap), date_fmt=fmt)
        )
        truths.append(ColumnTruth(name, typ, ago(age).isoformat()))
    return cols, truths


fresh = Col("今日要闻", "/xwzx/jryw/", items(NEWS_TITLES, ago(0), 20, "e0", (1, 3)))
cols5, truths5 = _stale_set(
    "e",
    [
        ("部门动态", "/xwzx/bmdt/", "news", 15),
        ("乡镇动态", "/xwzx/xzdt/", "news", 22),
        ("通知公告", "/zwgk/tzgg/", "notice", 181),
        ("政策文件", "/zwgk/zcwj/", "policy", 200),
    ],
    [
        ("人事任免", "/zwgk/rsrm/", "personnel", 366),
        ("招考录用", "/zwgk/zkly/", "personnel", 400),
        ("发展规划", "/zwgk/fzgh/", "planning", 366),
        ("专项规划", "/zwgk/zxgh/", "planning", 500),
        ("年度计划", "/zwgk/ndjh/", "planning", 380),
    ],
)
SITES.append(
    zh_site(
        "stale9",
        "www.nanling.boundary.test",
        "南岭县人民政府",
        "南岭",
        "边界市",
        _t(
            status="stale",
            passed=False,
            score=55,
            must={"column_stale": 9},
            must_not=("homepage_stale", "column_empty", "abandoned"),
            columns=(ColumnTruth("今日要闻", "news", ago(0).isoformat()), *truths5),
            last_updated=ago(0).isoformat(),
            home_status="healthy",
            home_must_not=("homepage_stale",),
        ),
        [fresh, *cols5],
        [
            fresh,
            ("tabs", cols5[:2]),
            ("row", [*cols5[2:4], cols5[4]]),
            ("row", cols5[5:8]),
            cols5[8],
        ],
        "湘ICP备12003456号",
        "4311270001",
        note="4 key + 5 other stale columns: no veto, score 55 fails pass_score",
    )
)

# 6. Five stale news/notice/policy columns: the key-column veto.
fresh = Col("今日要闻", "/xwzx/jryw/", items(NEWS_TITLES, ago(1), 20, "f0", (1, 3)), date_fmt="cn")
cols6, truths6 = _stale_set(
    "f",
    [
        ("部门动态", "/xwzx/bmdt/", "news", 15),
        ("乡镇动态", "/xwzx/xzdt/", "news", 15),
        ("通知公告", "/zwgk/tzgg/", "notice", 181),
        ("政策文件", "/zwgk/zcwj/", "policy", 181),
        ("政策解读", "/zwgk/zcjd/", "policy", 240),
    ],
    [],
    fmt="cn",
)
SITES.append(
    zh_site(
        "stalekey5",
        "www.beiyuan.boundary.test",
        "北源县人民政府",
        "北源",
        "边界市",
        _t(
            status="stale",
            passed=False,
            score=0,
            must={"column_stale": 5},
            must_not=("homepage_stale", "column_empty", "abandoned"),
            columns=(ColumnTruth("今日要闻", "news", ago(1).isoformat()), *truths6),
            last_updated=ago(1).isoformat(),
            home_status="healthy",
            home_must_not=("homepage_stale",),
        ),
        [fresh, *cols6],
        [fresh, ("tabs", cols6[:2]), ("row", cols6[2:5])],
        "赣ICP备08007788号",
        "3607270001",
        note="5 stale key columns: veto",
    )
)

# 7. Ten stale columns of any type (4 key + 6 personnel/planning): the any-type veto.
fresh = Col(
    "今日要闻", "/xwzx/jryw/", items(NEWS_TITLES, ago(3), 20, "g0", (1, 3)), date_fmt="slash"
)
cols7, truths7 = _stale_set(
    "g",
    [
        ("部门动态", "/xwzx/bmdt/", "news", 16),
        ("乡镇动态", "/xwzx/xzdt/", "news", 30),
        ("通知公告", "/zwgk/tzgg/", "notice", 190),
        ("政策文件", "/zwgk/zcwj/", "policy", 181),
    ],
    [
        ("人事任免", "/zwgk/rsrm/", "personnel", 366),
        ("招考录用", "/zwgk/zkly/", "personnel", 420),
        ("人事信息", "/zwgk/rsxx/", "personnel", 370),
        ("发展规划", "/zwgk/fzgh/", "planning", 366),
        ("专项规划", "/zwgk/zxgh/", "planning", 450),
        ("年度计划", "/zwgk/ndjh/", "planning", 390),
    ],
    fmt="slash",
)
SITES.append(
    zh_site(
        "stale10",
        "www.zhongzhou.boundary.test",
        "中州县人民政府",
        "中州",
        "边界市",
        _t(
            status="stale",
            passed=False,
            score=0,
            must={"column_stale": 10},
            must_not=("homepage_stale", "column_empty", "abandoned"),
            columns=(ColumnTruth("今日要闻", "news", ago(3).isoformat()), *truths7),
            last_updated=ago(3).isoformat(),
            home_status="healthy",
            home_must_not=("homepage_stale",),
        ),
        [fresh, *cols7],
        [
            fresh,
            ("tabs", cols7[:2]),
            ("row", cols7[2:5]),
            ("row", cols7[5:8]),
            ("row", cols7[8:10]),
        ],
        "鲁ICP备10001122号",
        "3713270001",
        note="10 stale columns of any type: veto",
    )
)


# 8./9. Messages: unanswered for 89 days and 366 days (neither counts) vs 91 and 365 (both count).
def _letters(seed: str, unanswered: list[tuple[int, str]]) -> list[tuple[str, dt.date, str]]:
    rng = random.Random(seed)
    out: list[tuple[str, dt.date, str]] = []
    ages = sorted({rng.randint(3, 420) for _ in range(14)} | {a for a, _ in unanswered})
    titles = LETTER_TITLES[:]
    rng.shuffle(titles)
    states = dict(unanswered)
    for i, a in enumerate(ages):
        out.append((titles[i % len(titles)], ago(a), states.get(a, "已回复")))
    return out


def msg_site(
    key: str,
    host: str,
    name: str,
    short: str,
    truth: SiteTruth,
    unanswered: list[tuple[int, str]],
    icp: str,
    code: str,
    seed: str,
) -> Site:
    news = Col("工作动态", "/xwzx/gzdt/", items(NEWS_TITLES, ago(2), 20, seed + "n"))
    notice = Col("通知公告", "/zwgk/tzgg/", items(NOTICE_TITLES, ago(12), 14, seed + "t", (5, 20)))
    letters = _letters(seed, unanswered)
    # the homepage shows the 6 newest letters; the list page all of them
    newest_first = sorted(letters, key=lambda x: x[1], reverse=True)
    site = zh_site(
        key,
        host,
        name,
        short,
        "边界市",
        truth,
        [news, notice],
        [news, notice, ("html", messages_block("局长信箱", "/hdjl/jzxx/", newest_first[:6]))],
        icp,
        code,
    )
    site.pages["/hdjl/jzxx/"] = messages_page(
        name, short, "局长信箱", "/hdjl/jzxx/", newest_first, icp, code
    )
    return site


SITES.append(
    msg_site(
        "msg_in",
        "jyj.anping.boundary.test",
        "安平县教育局",
        "安平",
        _t(
            status="healthy",
            passed=True,
            score=100,
            must={},
            must_not=("unanswered_messages", "homepage_stale", "column_stale"),
            columns=(
                ColumnTruth("工作动态", "news", ago(2).isoformat()),
                ColumnTruth("通知公告", "notice", ago(12).isoformat()),
            ),
            last_updated=ago(2).isoformat(),
            home_status="healthy",
            home_must_not=("homepage_stale",),
        ),
        [(89, "办理中"), (366, "未回复")],
        "冀ICP备13005566号",
        "1311270002",
        "h",
    )
)
SITES.append(
    msg_site(
        "msg_out",
        "jyj.ningyuan.boundary.test",
        "宁远县教育局",
        "宁远",
        _t(
            status="healthy",
            passed=False,
            score=0,
            must={"unanswered_messages": 2},
            must_not=("homepage_stale", "column_stale"),
            columns=(
                ColumnTruth("工作动态", "news", ago(2).isoformat()),
                ColumnTruth("通知公告", "notice", ago(12).isoformat()),
            ),
            last_updated=ago(2).isoformat(),
            home_status="healthy",
            home_must_not=("homepage_stale", "unanswered_messages"),
        ),
        [(91, "办理中"), (365, "未回复")],
        "湘ICP备13007788号",
        "4311270003",
        "i",
    )
)


# 10. Nothing newer than exactly 365 days (traditional Chinese, Taiwan, ROC dates): stale, not a zombie.
TW_LINKS = (
    '<section class="related"><h2>相關網站</h2>'
    + "".join(
        f"<h3>{g}</h3><ul>"
        + "".join(
            f'<li><a href="https://www{i}{j}.gov.tw/" target="_blank" title="{n}(另開新視窗)">{n}</a></li>'
            for j, n in enumerate(ns)
        )
        + "</ul>"
        for i, (g, ns) in enumerate(
            [
                (
                    "中央機關",
                    [
                        "行政院",
                        "內政部",
                        "外交部",
                        "國防部",
                        "財政部",
                        "教育部",
                        "法務部",
                        "經濟部",
                        "交通部",
                        "勞動部",
                        "衛生福利部",
                        "環境部",
                        "文化部",
                        "數位發展部",
                        "農業部",
                        "國家發展委員會",
                        "金融監督管理委員會",
                        "原住民族委員會",
                        "客家委員會",
                    ],
                ),
                (
                    "市府機關",
                    [
                        "秘書處",
                        "民政局",
                        "財政局",
                        "教育局",
                        "經濟發展局",
                        "農業局",
                        "觀光旅遊局",
                        "都市發展局",
                        "工務局",
                        "水利局",
                        "社會局",
                        "勞工局",
                        "警察局",
                        "衛生局",
                        "環境保護局",
                        "文化局",
                        "交通局",
                        "地政局",
                        "法制處",
                        "新聞及國際關係處",
                    ],
                ),
                (
                    "各區公所",
                    [
                        "新營區公所",
                        "鹽水區公所",
                        "白河區公所",
                        "柳營區公所",
                        "後壁區公所",
                        "東山區公所",
                        "麻豆區公所",
                        "下營區公所",
                        "六甲區公所",
                        "官田區公所",
                        "大內區公所",
                        "佳里區公所",
                        "學甲區公所",
                        "西港區公所",
                        "七股區公所",
                        "將軍區公所",
                        "北門區公所",
                        "新化區公所",
                        "善化區公所",
                        "新市區公所",
                        "安南區公所",
                        "永康區公所",
                        "歸仁區公所",
                        "關廟區公所",
                    ],
                ),
                (
                    "便民查詢",
                    [
                        "戶役政資訊",
                        "地籍圖資",
                        "公車動態",
                        "空氣品質",
                        "天氣預報",
                        "停車資訊",
                        "長照服務",
                        "1999市民熱線",
                    ],
                ),
            ]
        )
    )
    + "</section>"
)


def tw_site(
    key: str,
    host: str,
    name: str,
    truth: SiteTruth,
    news_newest: dt.date,
    notice_newest: dt.date,
    code: str,
) -> Site:
    news = Col(
        "市政新聞",
        "/News.aspx?n=1001",
        items(TRAD_NEWS_TITLES, news_newest, 15, key + "n"),
        date_fmt="roc",
        url_style="id",
    )
    notice = Col(
        "最新公告",
        "/News.aspx?n=1002",
        items(TRAD_NOTICE_TITLES, notice_newest, 10, key + "t", (6, 25)),
        date_fmt="roc",
        url_style="id",
    )
    menu = "".join(
        f'<li><a href="/cp.aspx?n={100 + i}">{m}</a></li>'
        for i, m in enumerate(
            [
                "認識本所",
                "最新消息",
                "業務資訊",
                "為民服務",
                "便民專區",
                "政府資訊公開",
                "主動公開資訊",
                "檔案應用",
                "意見信箱",
                "雙語專區",
            ]
        )
    )
    mega = "".join(
        f"<dl><dt>{g}</dt>"
        + "".join(
            f'<dd><a href="/cp.aspx?n={200 + j * 10 + k}">{s}</a></dd>' for k, s in enumerate(ss)
        )
        + "</dl>"
        for j, (g, ss) in enumerate(
            [
                ("認識本所", ["首長介紹", "組織架構", "歷史沿革", "轄區介紹", "交通位置"]),
                ("業務資訊", ["民政課", "社會課", "經建課", "人文課", "兵役課", "調解委員會"]),
                ("為民服務", ["申辦須知", "表單下載", "常見問答", "場地租借", "防災資訊"]),
                ("政府資訊公開", ["施政計畫", "預算決算", "採購資訊", "公共工程", "法規命令"]),
            ]
        )
    )

    def block(c: Col) -> str:
        lis = "".join(
            f'<li><span class="date">{fmt_date(d, "roc")}</span><a href="/News_Content.aspx?{c.path[-6:]}&s={50000 + i}" title="{t}">{t}</a></li>'
            for i, (t, d) in enumerate(c.entries[:6])
        )
        return (
            f'<section class="news-box"><h2>{c.name}</h2><ul class="list">{lis}</ul>'
            f'<a class="more" href="{c.path}" title="更多{c.name}">更多</a></section>'
        )

    def page(c: Col) -> str:
        rows = "".join(
            f'<tr><td>{i + 1}</td><td class="title"><a href="/News_Content.aspx?{c.path[-6:]}&s={50000 + i}">{t}</a></td>'
            f"<td>{fmt_date(d, 'roc')}</td></tr>"
            for i, (t, d) in enumerate(c.entries)
        )
        return (
            f'<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{c.name}-{name}</title></head><body>'
            f'<a href="#C" class="acc" title="跳到主要內容區塊">跳到主要內容區塊</a><header><a href="/"><img src="/logo.png" alt="{name}"></a>'
            f'<nav><ul>{menu}</ul></nav></header><main id="C"><div class="path">現在位置：<a href="/">首頁</a>&gt;{c.name}</div>'
            f'<h2>{c.name}</h2><table class="table-list"><thead><tr><th>序號</th><th>標題</th><th>發布日期</th></tr></thead><tbody>{rows}</tbody></table>'
            f'<div class="page">資料總筆數：{len(c.entries)} 頁次：1/1</div></main>'
            f"<footer><p>{name} 地址：台南市某某區中正路100號 電話：(06)555-1234</p><p>Copyright © 2026 {name} All Rights Reserved.</p>"
            f"<p>上班時間：週一至週五 8:00～12:00；13:30～17:30</p></footer></body></html>"
        )

    home = (
        f'<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="DC.Title" content="{name}"><title>{name}</title><style>{CSS}</style></head><body>'
        f'<a href="#C" class="acc" title="跳到主要內容區塊">跳到主要內容區塊</a>'
        f'<header><div class="top"><a href="/">{name}</a><a accesskey="U" href="#U" title="上方功能區塊">:::</a>'
        f'<a href="/sitemap.aspx">網站導覽</a><a href="/en/">English</a><a href="/rss.aspx">RSS</a>'
        f'<form action="/Search.aspx"><label for="q">全文檢索</label><input id="q" name="q"><button>搜尋</button></form></div>'
        f'<nav class="menu"><ul>{menu}</ul><div class="mega">{mega}</div></nav></header>'
        f'<div class="banner"><img src="/banner1.jpg" alt="打詐新策略 全民一起來"><img src="/banner2.jpg" alt="防災宣導"></div>'
        f'<main id="C"><a accesskey="C" href="#C" title="中央內容區塊">:::</a>{block(news)}{block(notice)}'
        f'<section class="links"><h2>便民服務</h2><ul>'
        + "".join(
            f'<li><a href="/cp.aspx?n={300 + i}">{s}</a></li>'
            for i, s in enumerate(
                [
                    "戶籍謄本申請",
                    "低收入戶申請",
                    "急難救助",
                    "國民年金",
                    "敬老津貼",
                    "場地租借",
                    "災害防救",
                    "里長名冊",
                ]
            )
        )
        + "</ul></section>"
        + TW_LINKS
        + "</main>"
        f'<footer><a accesskey="Z" href="#Z" title="下方功能區塊">:::</a><p>{name} 地址：台南市某某區中正路100號 電話：(06)555-1234</p>'
        f"<p>上班時間：週一至週五 8:00～12:00；13:30～17:30</p><p>Copyright © 2026 {name} All Rights Reserved. 最佳瀏覽解析度 1280×1024</p>"
        f'<p>瀏覽人次：1,234,567</p><img src="/accessibility.png" alt="通過A無障礙網頁檢測"></footer></body></html>'
    )
    pages = {"/": home, news.path: page(news), notice.path: page(notice)}
    return Site(
        key, host, name, "台南市", NOW, truth, pages, {"timezone": "Asia/Taipei"}, note=code
    )


SITES.append(
    tw_site(
        "zombie365",
        "www.anding.boundary.test",
        "安定區公所",
        _t(
            status="stale",
            passed=False,
            score=0,
            must={"homepage_stale": None, "column_stale": 2},
            must_not=("abandoned",),
            columns=(
                ColumnTruth("市政新聞", "news", ago(365).isoformat()),
                ColumnTruth("最新公告", "notice", ago(370).isoformat()),
            ),
            last_updated=ago(365).isoformat(),
            home_status="stale",
            home_must=("homepage_stale",),
            home_must_not=("abandoned",),
        ),
        ago(365),
        ago(370),
        "ROC dates; newest exactly 365 days: stale, not yet a zombie",
    )
)


# 11. Nothing newer than 366 days (English, a small UK parish council site): a zombie.
EN_SERVICES = [
    "Abandoned vehicles",
    "Adult social care",
    "Allotments",
    "Animal welfare",
    "Anti-social behaviour",
    "Birth registration",
    "Blue badges",
    "Building control",
    "Business rates",
    "Car parks",
    "Cemeteries",
    "Child protection",
    "Community centres",
    "Council tax bands",
    "Council tax discounts",
    "Dog fouling",
    "Dropped kerbs",
    "Electoral register",
    "Elections",
    "Environmental health",
    "Events licensing",
    "Fly-tipping",
    "Food hygiene ratings",
    "Footpaths",
    "Garden waste",
    "Graffiti removal",
    "Grants for community groups",
    "Gritting",
    "Hackney carriage licences",
    "Highways",
    "Homelessness",
    "Housing benefit",
    "Housing register",
    "Libraries",
    "Litter",
    "Markets",
    "Noise complaints",
    "Parking permits",
    "Parking fines",
    "Pest control",
    "Planning applications",
    "Planning appeals",
    "Playgrounds",
    "Potholes",
    "Premises licences",
    "Public toilets",
    "Recycling centres",
    "Road closures",
    "School admissions",
    "School transport",
    "Skips on the highway",
    "Street cleaning",
    "Street lighting",
    "Taxi licensing",
    "Tree preservation orders",
    "Trading standards",
    "Volunteering",
    "Waste collection days",
    "Weddings and civil ceremonies",
    "Youth services",
]
EN_AZ = (
    '<section class="a-to-z"><h2>Services A to Z</h2>'
    + "".join(
        f'<h3 id="az-{ch}">{ch}</h3><ul>'
        + "".join(
            f'<li><a href="/services/{x.lower().replace(" ", "-")}/" title="Find out about {x.lower()}">{x}</a>'
            f"<p>Information and online forms about {x.lower()}, who to contact and what it costs.</p></li>"
            for x in EN_SERVICES
            if x[0] == ch
        )
        + "</ul>"
        for ch in sorted({x[0] for x in EN_SERVICES})
    )
    + "</section>"
)


def en_site(
    key: str,
    host: str,
    name: str,
    truth: SiteTruth,
    news: list[tuple[str, dt.date]],
    notices: list[tuple[str, dt.date]],
    events: list[tuple[str, dt.date]],
    style: str,
    now: dt.datetime = NOW,
) -> Site:
    nav = "".join(
        f'<li class="menu-item"><a href="/{s.lower().replace(" ", "-")}/">{s}</a><ul class="sub-menu">'
        + "".join(
            f'<li><a href="/{s.lower().replace(" ", "-")}/{x.lower().replace(" ", "-")}/">{x}</a></li>'
            for x in subs
        )
        + "</ul></li>"
        for s, subs in [
            (
                "Council",
                [
                    "Councillors",
                    "Committees",
                    "Meetings",
                    "Minutes",
                    "Policies",
                    "Finance",
                    "Vacancies",
                ],
            ),
            (
                "Services",
                [
                    "Waste and recycling",
                    "Parking",
                    "Planning applications",
                    "Licensing",
                    "Council tax",
                    "Housing",
                ],
            ),
            (
                "Community",
                [
                    "Parks and open spaces",
                    "Allotments",
                    "Village hall",
                    "Clubs and societies",
                    "Local businesses",
                ],
            ),
            ("News", ["Latest news", "Public notices", "Newsletters"]),
            ("Contact", ["Contact us", "Report a problem", "FOI requests"]),
        ]
    )

    def posts(entries: list[tuple[str, dt.date]], base: str) -> str:
        return "".join(
            f'<article class="post"><h3 class="entry-title"><a href="/{base}/{t.lower().replace(" ", "-").replace(":", "")[:40]}/">{t}</a></h3>'
            f'<div class="entry-meta"><time class="entry-date" datetime="{d.isoformat()}">{fmt_date(d, style)}</time></div></article>'
            for t, d in entries
        )

    def listing(title: str, entries: list[tuple[str, dt.date]], base: str) -> str:
        return (
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | {name}</title></head><body class="archive">'
            f'<header class="site-header"><a class="site-title" href="/">{name}</a><nav><ul class="menu">{nav}</ul></nav></header>'
            f'<main class="site-main"><h1 class="page-title">{title}</h1>{posts(entries, base)}'
            f'<nav class="pagination"><span class="current">1</span><a href="/{base}/page/2/">2</a><a class="next" href="/{base}/page/2/">Next</a></nav></main>'
            f'<footer class="site-footer"><p>&copy; 2026 {name}. All rights reserved.</p><p><a href="/privacy-policy/">Privacy policy</a> | '
            f'<a href="/accessibility-statement/">Accessibility statement</a> | <a href="/cookies/">Cookies</a></p></footer></body></html>'
        )

    ev = "".join(
        f'<li class="event"><span class="event-date">{fmt_date(d, style)}</span> <a href="/events/{i}/">{t}</a></li>'
        for i, (t, d) in enumerate(events)
    )
    if not events:
        ev = '<li class="no-events">There are no upcoming events.</li>'
    home = (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{name}</title><link rel="stylesheet" href="/wp-content/themes/council/style.css?ver=5.2">'
        f'<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script></head><body class="home page-template-default">'
        f'<div id="cookie-notice" role="dialog">We use cookies to make this site work. <button>Accept</button> <a href="/cookies/">Settings</a></div>'
        f'<a class="skip-link" href="#content">Skip to content</a>'
        f'<header class="site-header"><a class="site-title" href="/"><img src="/wp-content/uploads/crest.png" alt="">{name}</a>'
        f'<form role="search" action="/"><label>Search <input type="search" name="s"></label><button>Search</button></form>'
        f'<nav class="main-navigation"><ul class="menu">{nav}</ul></nav></header>'
        f'<div class="hero"><h1>Welcome to {name}</h1><p>Serving our residents, businesses and visitors.</p></div>'
        f'<main id="content" class="site-main">'
        f'<section class="widget latest-news"><h2 class="widget-title">Latest News</h2>{posts(news[:5], "news")}'
        f'<a class="more-link" href="/news/">View all news</a></section>'
        f'<section class="widget public-notices"><h2 class="widget-title">Public Notices</h2>{posts(notices[:4], "notices")}'
        f'<a class="more-link" href="/notices/">View all notices</a></section>'
        f'<section class="widget upcoming-events"><h2 class="widget-title">Upcoming Events</h2><ul>{ev}</ul>'
        f'<a class="more-link" href="/events/">Full calendar</a></section>'
        f'<section class="widget quick-links"><h2 class="widget-title">Quick links</h2><ul>'
        + "".join(
            f'<li><a href="/{x.lower().replace(" ", "-")}/">{x}</a></li>'
            for x in [
                "Pay it",
                "Report it",
                "Apply for it",
                "Bin collection days",
                "Planning search",
                "Council meetings",
                "Jobs",
                "Contact us",
            ]
        )
        + "</ul></section></main>"
        + EN_AZ
        + f'<footer class="site-footer"><p>{name}, Council Offices, High Street. Telephone 01234 567890.</p>'
        f'<p><a href="/privacy-policy/">Privacy policy</a> | <a href="/accessibility-statement/">Accessibility statement</a> | '
        f'<a href="/cookies/">Cookies</a> | <a href="/sitemap/">Sitemap</a></p><p>&copy; 2026 {name}. All rights reserved.</p></footer>'
        f"</body></html>"
    )
    pages = {
        "/": home,
        "/news/": listing("News", news, "news"),
        "/notices/": listing("Public Notices", notices, "notices"),
    }
    if events:
        pages["/events/"] = listing("Events", events, "events")
    else:
        pages["/events/"] = listing("Events", [], "events").replace(
            '<h1 class="page-title">Events</h1>',
            '<h1 class="page-title">Events</h1><p>There are no upcoming events.</p>',
        )
    return Site(key, host, name, "Harbour", now, truth, pages)


z_news = items(EN_NEWS_TITLES, ago(366), 10, "kn", (5, 20))
z_not = items(EN_NOTICE_TITLES, ago(380), 6, "kt", (10, 40))
SITES.append(
    en_site(
        "zombie366",
        "www.ashworth-pc.boundary.test",
        "Ashworth Parish Council",
        _t(
            status="zombie",
            passed=False,
            score=0,
            must={"abandoned": None, "homepage_stale": None, "column_stale": 2, "column_empty": 1},
            must_not=("future_dated",),
            columns=(
                ColumnTruth("Latest News", "news", ago(366).isoformat()),
                ColumnTruth("Public Notices", "notice", ago(380).isoformat()),
                ColumnTruth("Upcoming Events", "other", None, True),
            ),
            last_updated=ago(366).isoformat(),
            home_status="zombie",
            home_must=("abandoned", "homepage_stale"),
        ),
        z_news,
        z_not,
        [],
        "uk",
    )
)

# 12. A date one day ahead (allowed: today's items of a site a zone ahead) and one three
#     days ahead (a typo: future_dated, no update) in a US city's news list; an events
#     calendar dated ahead is no finding.
f_news = [
    ("Council approves holiday parking program", ago(-3)),
    ("Thanksgiving trash collection schedule", ago(-1)),
    *items(EN_NEWS_TITLES, ago(1), 8, "nn", (1, 4)),
]
f_not = items(EN_NOTICE_TITLES, ago(5), 5, "nt", (4, 12))
f_events = [
    ("City Council regular meeting", ago(-6)),
    ("Holiday tree lighting", ago(-9)),
    ("Planning commission", ago(-13)),
]
SITES.append(
    en_site(
        "future",
        "www.cedar-falls.boundary.test",
        "City of Cedar Falls",
        _t(
            status="healthy",
            passed=True,
            score=95,
            must={"future_dated": 1},
            must_not=("homepage_stale", "column_stale", "abandoned"),
            columns=(
                ColumnTruth("Latest News", "news", ago(-1).isoformat()),
                ColumnTruth("Public Notices", "notice", ago(5).isoformat()),
            ),
            last_updated=ago(-1).isoformat(),
            home_status="healthy",
            home_must_not=("homepage_stale", "future_dated"),
        ),
        f_news,
        f_not,
        f_events,
        "en",
    )
)


# 13./14. New Year: judged on 2027-01-05 (Beijing), lists with year-less [MM-DD] dates and
#     no date in their URLs. [12-22] is 2026-12-22, 14 days: fresh. [12-21] is 15 days: stale.
def ny_site(
    key: str,
    host: str,
    name: str,
    short: str,
    newest: dt.date,
    truth: SiteTruth,
    icp: str,
    code: str,
    trad: bool = False,
) -> Site:
    pool = TRAD_NEWS_TITLES if trad else NEWS_TITLES
    npool = TRAD_NOTICE_TITLES if trad else NOTICE_TITLES
    news = Col(
        "鎮務動態" if trad else "镇务动态",
        "/xwzx/zwdt/",
        items(pool, newest, 18, key + "n", (2, 6)),
        date_fmt="md",
        url_style="id",
    )
    notice = Col(
        "通知公告",
        "/zwgk/tzgg/",
        items(npool, ago(20, TODAY_NEW_YEAR), 10, key + "t", (8, 20)),
        url_style="id",
    )
    site = zh_site(
        key,
        host,
        name,
        short,
        "边界市",
        truth,
        [news, notice],
        [news, notice],
        icp,
        code,
        now=NOW_NEW_YEAR,
    )
    return site


SITES.append(
    ny_site(
        "newyear14",
        "www.shatian.boundary.test",
        "沙田鎮人民政府",
        "沙田",
        ago(14, TODAY_NEW_YEAR),
        _t(
            status="healthy",
            passed=True,
            score=100,
            must={},
            must_not=("homepage_stale", "column_stale", "future_dated"),
            columns=(
                ColumnTruth("鎮務動態", "news", "2026-12-22"),
                ColumnTruth("通知公告", "notice", ago(20, TODAY_NEW_YEAR).isoformat()),
            ),
            last_updated="2026-12-22",
            home_status="healthy",
            home_must_not=("homepage_stale",),
        ),
        "粤ICP备05009911号",
        "4419000021",
        trad=True,
    )
)
SITES.append(
    ny_site(
        "newyear15",
        "www.lianhua.boundary.test",
        "莲花镇人民政府",
        "莲花",
        ago(15, TODAY_NEW_YEAR),
        _t(
            status="stale",
            passed=False,
            score=0,
            must={"homepage_stale": None, "column_stale": 1},
            must_not=("abandoned", "future_dated"),
            columns=(
                ColumnTruth("镇务动态", "news", "2026-12-21"),
                ColumnTruth("通知公告", "notice", ago(20, TODAY_NEW_YEAR).isoformat()),
            ),
            last_updated="2026-12-21",
            home_status="stale",
            home_must=("homepage_stale",),
        ),
        "赣ICP备05003344号",
        "3609000022",
    )
)

# 15. A department that declares its own limits (per-site overrides): homepage 30 days
#     and news columns 30 days. Its newest item is 20 days old (stale by the default 14,
#     fresh by its 30); one news column is 31 days old: stale by its own limit too.
d_news1 = Col("部门动态", "/xwzx/bmdt/", items(NEWS_TITLES, ago(20), 15, "o1", (5, 15)))
d_news2 = Col("工作动态", "/xwzx/gzdt/", items(NEWS_TITLES, ago(31), 15, "o2", (5, 15)))
d_notice = Col("通知公告", "/zwgk/tzgg/", items(NOTICE_TITLES, ago(50), 10, "o3", (10, 30)))
SITES.append(
    zh_site(
        "override30",
        "tjj.yunhe.boundary.test",
        "云和县统计局",
        "云和",
        "边界市",
        _t(
            status="stale",
            passed=True,
            score=95,
            must={"column_stale": 1},
            must_not=("homepage_stale", "column_empty", "abandoned"),
            columns=(
                ColumnTruth("部门动态", "news", ago(20).isoformat()),
                ColumnTruth("工作动态", "news", ago(31).isoformat()),
                ColumnTruth("通知公告", "notice", ago(50).isoformat()),
            ),
            last_updated=ago(20).isoformat(),
            home_status="healthy",
            home_must_not=("homepage_stale",),
        ),
        [d_news1, d_news2, d_notice],
        [d_news1, d_news2, d_notice],
        "浙ICP备05019999号",
        "3311250031",
        overrides={"homepage_max_age_days": 30, "column_max_age_days": {"news": 30}},
        note="per-site limits: homepage 30 days, news columns 30 days",
    )
)

BY_KEY = {s.key: s for s in SITES}

# --------------------------------------------------------------------------------------
# Second batch (written, with its truth, after the first batch's scan and before its own):
# the calendar edges of the zone the rules count days in.

NOW_NEW_YEARS_DAY = dt.datetime(2026, 12, 31, 16, 30, tzinfo=dt.UTC)  # 2027-01-01 00:30 Beijing
TODAY_NEW_YEARS_DAY = dt.date(2027, 1, 1)
NOW_CHICAGO = dt.datetime(2026, 11, 26, 3, 0, tzinfo=dt.UTC)  # 2026-11-25 21:00 in Chicago
TODAY_CHICAGO = dt.date(2026, 11, 25)

# 16. New Year's Day at 00:30 Beijing (still 2026-12-31 in UTC): a town's year-less list
#     whose top item is [01-01], today's. It is 2027-01-01, not 2026-01-01 (365 days old).
ny_news = Col(
    "镇务动态",
    "/xwzx/zwdt/",
    [
        (NEWS_TITLES[3], TODAY_NEW_YEARS_DAY),
        *items(NEWS_TITLES[4:], dt.date(2026, 12, 29), 15, "p1", (2, 6)),
    ],
    date_fmt="md",
    url_style="id",
)
ny_notice = Col(
    "通知公告",
    "/zwgk/tzgg/",
    items(NOTICE_TITLES, dt.date(2026, 12, 20), 10, "p2", (8, 20)),
    url_style="id",
)
_site = zh_site(
    "newyearsday",
    "www.xinfeng.boundary.test",
    "新丰镇人民政府",
    "新丰",
    "边界市",
    _t(
        status="healthy",
        passed=True,
        score=100,
        must={},
        must_not=("homepage_stale", "column_stale", "abandoned", "future_dated"),
        columns=(
            ColumnTruth("镇务动态", "news", "2027-01-01"),
            ColumnTruth("通知公告", "notice", "2026-12-20"),
        ),
        last_updated="2027-01-01",
        home_status="healthy",
        home_must_not=("homepage_stale", "abandoned"),
    ),
    [ny_news, ny_notice],
    [ny_news, ny_notice],
    "粤ICP备05007711号",
    "4402000023",
    now=NOW_NEW_YEARS_DAY,
    note="year-less [01-01] read on New Year's Day in Beijing, the UTC day before",
)
SITES.append(_site)

# 17. A US county judged in its own zone (timezone = America/Chicago): at 21:00 on
#     2026-11-25 there (03:00 UTC on the 26th, the 26th in Beijing), news of 2026-11-11
#     is 14 days old and notices of 2026-05-29 are 180: both within their limits.
chi_news = [
    ("County board approves 2027 levy", dt.date(2026, 11, 11)),
    *items(EN_NEWS_TITLES, dt.date(2026, 11, 6), 8, "q1", (3, 8)),
]
chi_not = [
    ("Notice of public hearing: comprehensive plan", dt.date(2026, 5, 29)),
    *items(EN_NOTICE_TITLES, dt.date(2026, 5, 1), 5, "q2", (10, 30)),
]
chi_events = [
    ("County board meeting", dt.date(2026, 12, 1)),
    ("Holiday office closures", dt.date(2026, 12, 24)),
]
_site = en_site(
    "chicago",
    "www.lakeview-county.boundary.test",
    "Lakeview County",
    _t(
        status="healthy",
        passed=True,
        score=100,
        must={},
        must_not=("homepage_stale", "column_stale", "abandoned", "future_dated", "column_empty"),
        columns=(
            ColumnTruth("Latest News", "news", "2026-11-11"),
            ColumnTruth("Public Notices", "notice", "2026-05-29"),
        ),
        last_updated="2026-11-11",
        home_status="healthy",
        home_must_not=("homepage_stale", "abandoned"),
    ),
    chi_news,
    chi_not,
    chi_events,
    "en",
    now=NOW_CHICAGO,
)
_site.overrides = {"timezone": "America/Chicago"}
_site.group = "Lakeview"
SITES.append(_site)

# 18. A letter unanswered for exactly 90 days (not "more than 3 months": no finding),
#     and a notice dated 2 days ahead (past the 1-day slack: future_dated, no update).
m_news = Col("工作动态", "/xwzx/gzdt/", items(NEWS_TITLES, ago(1), 20, "r1"))
m_notice = Col(
    "通知公告",
    "/zwgk/tzgg/",
    [("关于2026年12月份停电检修的通告", ago(-2)), *items(NOTICE_TITLES, ago(8), 12, "r2", (4, 15))],
)
_site = zh_site(
    "msg90",
    "rsj.qinghe.boundary.test",
    "清河县人力资源和社会保障局",
    "清河",
    "边界市",
    _t(
        status="healthy",
        passed=True,
        score=95,
        must={"future_dated": 1},
        must_not=("unanswered_messages", "homepage_stale", "column_stale"),
        columns=(
            ColumnTruth("工作动态", "news", ago(1).isoformat()),
            ColumnTruth("通知公告", "notice", ago(8).isoformat()),
        ),
        last_updated=ago(1).isoformat(),
        home_status="healthy",
        home_must_not=("homepage_stale", "unanswered_messages"),
    ),
    [m_news, m_notice],
    [
        m_news,
        m_notice,
        (
            "html",
            messages_block(
                "局长信箱",
                "/hdjl/jzxx/",
                sorted(_letters("s", [(90, "办理中")]), key=lambda x: x[1], reverse=True)[:6],
            ),
        ),
    ],
    "冀ICP备13001199号",
    "1305000024",
)
_site.pages["/hdjl/jzxx/"] = messages_page(
    _site.name,
    "清河",
    "局长信箱",
    "/hdjl/jzxx/",
    sorted(_letters("s", [(90, "办理中")]), key=lambda x: x[1], reverse=True),
    "冀ICP备13001199号",
    "1305000024",
)
SITES.append(_site)

BY_KEY = {s.key: s for s in SITES}

# --------------------------------------------------------------------------------------
# Third batch (written, with its truth, before its own scan): the score line and a column
# shown twice.

# 19. Four empty and four stale personnel/planning columns: 8 x 5 points leave exactly
#     60, which is not below pass_score (60): passed, with no veto (4 < 5 empty, 4 < 10 stale).
s_news = Col("今日要闻", "/xwzx/jryw/", items(NEWS_TITLES, ago(1), 20, "u0", (1, 3)))
s_notice = Col("通知公告", "/zwgk/tzgg/", items(NOTICE_TITLES, ago(10), 12, "u1", (4, 15)))
s_empty = [
    Col("政策解读", "/zwgk/zcjd/", [], "暂无信息"),
    Col("财政资金", "/zwgk/czzj/", [], "暂无数据"),
    Col("统计信息", "/zwgk/tjxx/", [], "没有找到相关记录"),
    Col("审计信息", "/zwgk/sjxx/", [], ""),
]
s_stale, s_stale_truth = _stale_set(
    "u",
    [],
    [
        ("人事任免", "/zwgk/rsrm/", "personnel", 366),
        ("招考录用", "/zwgk/zkly/", "personnel", 700),
        ("发展规划", "/zwgk/fzgh/", "planning", 367),
        ("年度计划", "/zwgk/ndjh/", "planning", 420),
    ],
)
_site = zh_site(
    "score60",
    "www.songxi.boundary.test",
    "松溪县人民政府",
    "松溪",
    "边界市",
    _t(
        status="stale",
        passed=True,
        score=60,
        must={"column_empty": 4, "column_stale": 4},
        must_not=("homepage_stale", "abandoned"),
        columns=(
            ColumnTruth("今日要闻", "news", ago(1).isoformat()),
            ColumnTruth("通知公告", "notice", ago(10).isoformat()),
            ColumnTruth("政策解读", "policy", None, True),
            ColumnTruth("财政资金", "finance", None, True),
            ColumnTruth("统计信息", "statistics", None, True),
            ColumnTruth("审计信息", "finance", None, True),
            *s_stale_truth,
        ),
        last_updated=ago(1).isoformat(),
        home_status="healthy",
        home_must_not=("homepage_stale",),
    ),
    [s_news, s_notice, *s_empty, *s_stale],
    [
        s_news,
        s_notice,
        ("row", s_empty[:3]),
        ("row", [s_empty[3], *s_stale[:2]]),
        ("row", s_stale[2:]),
    ],
    "闽ICP备06001234号",
    "3507240025",
    note="score exactly 60: passes",
)
SITES.append(_site)

# 20. Four stale key columns, one of them (通知公告) shown twice on the homepage: in the
#     信息公开 tab box and in a box of its own, both linking to its page. It is one column:
#     4 stale key columns, no veto.
t_fresh = Col("今日要闻", "/xwzx/jryw/", items(NEWS_TITLES, ago(0), 20, "v0", (1, 3)))
t_cols, t_truth = _stale_set(
    "v",
    [
        ("部门动态", "/xwzx/bmdt/", "news", 15),
        ("通知公告", "/zwgk/tzgg/", "notice", 181),
        ("政策文件", "/zwgk/zcwj/", "policy", 181),
        ("政策解读", "/zwgk/zcjd/", "policy", 200),
    ],
    [],
)
_site = zh_site(
    "twice",
    "www.taoyuan.boundary.test",
    "桃源县人民政府",
    "桃源",
    "边界市",
    _t(
        status="stale",
        passed=True,
        score=80,
        must={"column_stale": 4},
        must_not=("homepage_stale", "column_empty", "abandoned"),
        columns=(ColumnTruth("今日要闻", "news", ago(0).isoformat()), *t_truth),
        last_updated=ago(0).isoformat(),
        home_status="healthy",
        home_must_not=("homepage_stale",),
    ),
    [t_fresh, *t_cols],
    [t_fresh, t_cols[1], ("tabs", [t_cols[1], t_cols[2], t_cols[3]]), t_cols[0]],
    "湘ICP备12009876号",
    "4307250026",
    note="a column shown twice on the homepage is counted once",
)
SITES.append(_site)

BY_KEY = {s.key: s for s in SITES}
