"""Blind evaluation: large mainland provincial and prefecture-city government portals.

Written before any scan, from how such portals are built: TRS WCM provincial
portals (``/zwgk/zcwj/202611/t20261119_6123456.html``, ``createPageHTML`` pagers,
titles and sometimes dates written by ``document.write``), Hanweb (大汉) 集约化
platform cities (``/col/col1229/index.html``, ``/art/2026/11/19/art_1229_3456789.html``,
jpage ``<script type="text/xml"><datastore>`` lists on column pages), mega menus of
hundreds of links, carousels, 政务公开 matrices with tabs, 互动交流 boxes, 数据发布
widgets, accessibility toolbars and the usual footers (网站标识码, 党政机关 badge, ICP,
公网安备).

Every page is generated from the site specs below with dates counted back from
``NOW``; the truth for each site is data (``TRUTH``) next to the pages.

Sites:

* ``jiangchuan``  江川省人民政府 (TRS): healthy province, ~250 KB homepage.
* ``yunling``     云岭市 (Hanweb): news fresh, 3 policy/notice columns 200+ days old.
* ``qingtai``     青台市 (Hanweb, GBK): only the carousel and the 头条 are fresh;
                  6 news/notice/policy lists are stale.
* ``baishui``     白水市 (Hanweb): 政务公开 matrix with 6 empty columns.
* ``hongshan``    红山市 (Hanweb): 市长信箱 with letters 办理中 for 4–6 months.
* ``lanxi``       兰溪市: a navigation homepage over section pages (新闻中心, 政务公开, 互动交流).
* ``songyuan``    松原市 (Hanweb): column pages answer slowly or 503 (sometimes or always).
* ``tianshan``    天山自治区 (TRS, GBK): healthy, ~300 KB homepage, year-less dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

NOW = date(2026, 11, 20)


def ago(days: int) -> date:
    return NOW - timedelta(days=days)


# --------------------------------------------------------------------------
# Title pools
# --------------------------------------------------------------------------

POOLS: dict[str, list[str]] = {
    "yaowen": [
        "{p}委常委会召开会议 传达学习中央有关会议精神",
        "{p}政府常务会议研究部署今冬明春安全生产和森林防火工作",
        "{p}长在调研重大项目建设时强调 抢抓工期确保年度目标任务圆满完成",
        "全{p}优化营商环境大会召开 推动经营主体高质量发展",
        "{p}领导会见来访的中国石化集团客人",
        "{p}政府与国家开发银行签署开发性金融合作协议",
        "全{p}秋冬季农业生产暨冬修水利现场推进会召开",
        "{p}长主持召开专题会议 研究推进数字政府建设",
        "{p}委理论学习中心组举行集体学习",
        "全{p}民营经济发展大会召开",
        "{p}政府党组召开会议 传达学习习近平总书记重要讲话精神",
        "{p}领导督导检查城镇燃气安全专项整治工作",
        "{p}人大常委会党组召开扩大会议",
        "全{p}“高效办成一件事”工作推进会召开",
        "{p}领导调研科技创新和产业创新深度融合发展",
        "{p}政府新闻办举行前三季度经济运行情况新闻发布会",
        "全{p}消防工作电视电话会议召开",
        "{p}领导赴基层调研冬季供暖保障工作",
        "{p}政府召开全体会议 部署明年经济工作",
        "全{p}粮食生产再获丰收 总产量连续三年稳定在高位",
        "{p}长会见来访的香港特区代表团",
        "{p}召开生态环境保护督察整改工作推进会",
        "全{p}文旅产业发展大会暨招商推介会举行",
        "{p}领导检查冬春季重点时段道路交通安全工作",
        "{p}委财经委员会召开会议",
    ],
    "dept": [
        "{p}发展改革委召开重大项目谋划储备工作调度会",
        "{p}教育厅部署中小学校冬季安全工作",
        "{p}科技厅组织开展科技特派员服务乡村振兴活动",
        "{p}工业和信息化厅举办中小企业数字化转型培训班",
        "{p}公安厅开展冬季道路交通安全集中整治行动",
        "{p}民政厅召开全{p}养老服务体系建设推进会",
        "{p}司法厅开展“宪法宣传周”系列活动",
        "{p}财政厅提前下达明年部分中央转移支付资金",
        "{p}人力资源社会保障厅开展根治欠薪冬季专项行动",
        "{p}自然资源厅推进国土空间生态修复工作",
        "{p}生态环境厅通报10月份环境空气质量状况",
        "{p}住房城乡建设厅部署城镇老旧小区改造工作",
        "{p}交通运输厅加快推进农村公路提质改造",
        "{p}水利厅召开冬修水利工作视频会",
        "{p}农业农村厅开展冬春农田水利建设督导",
        "{p}商务厅组织企业参加中国国际进口博览会",
        "{p}文化和旅游厅发布冬季文旅精品线路",
        "{p}卫生健康委开展冬春季传染病防控培训",
        "{p}应急管理厅开展森林防火专项督查",
        "{p}市场监管局开展冬季食品安全专项检查",
        "{p}医保局推进异地就医直接结算工作",
        "{p}统计局召开第五次全国经济普查数据发布会",
        "{p}数据局推进政务数据共享开放工作",
        "{p}林业局部署秋冬季松材线虫病防控工作",
        "{p}税务局开展“便民办税春风行动”回头看",
    ],
    "county": [
        "{c}召开经济运行调度会 冲刺全年目标任务",
        "{c}举办秋季人才招聘会 提供就业岗位3200余个",
        "{c}推进农村人居环境整治 村容村貌焕然一新",
        "{c}开展冬季消防安全宣传进社区活动",
        "{c}重点项目集中开工 总投资86亿元",
        "{c}召开优化营商环境工作推进会",
        "{c}扎实推进冬季清洁取暖工作",
        "{c}开展安全生产大检查",
        "{c}举行招商引资项目集中签约仪式",
        "{c}推进“一网通办”改革 企业群众办事更便捷",
        "{c}开展冬春季农田水利建设",
        "{c}开展防范非法集资宣传活动",
        "{c}启动冬季爱心助学行动",
        "{c}推进城市更新项目建设",
    ],
    "notice": [
        "关于{y}年度{p}级科技计划项目申报工作的通知",
        "关于公布第二批{p}级数字化转型示范企业名单的通知",
        "关于开展{y}年度政府网站和政务新媒体检查工作的通知",
        "关于印发{p}冬春季森林防火工作方案的通知",
        "关于元旦春节期间有关工作安排的通知",
        "关于征集{y}年度民生实事项目建议的公告",
        "关于{y}年度社会组织年检工作的通知",
        "关于做好冬季燃气安全工作的通知",
        "关于调整部分行政许可事项办理流程的公告",
        "关于开展“双随机、一公开”抽查工作的通知",
        "关于{y}年第三季度政务服务“好差评”情况的通报",
        "关于举办{y}年{p}中小企业融资对接会的通知",
        "关于公布{p}级非物质文化遗产代表性项目名录的公告",
        "关于开展全{p}安全生产隐患排查整治的紧急通知",
        "关于{y}年度政府信息公开工作年度报告的公告",
        "关于停止执行部分规范性文件的公告",
        "关于做好高校毕业生就业服务工作的通知",
        "关于印发{p}防汛抗旱应急预案的通知",
        "关于开展拖欠农民工工资问题专项检查的通知",
        "关于发布{p}基本医疗保险药品目录调整结果的公告",
    ],
    "zcwj": [
        "{p}人民政府关于印发{p}推动大规模设备更新行动方案的通知",
        "{p}人民政府办公厅关于进一步优化营商环境的若干措施",
        "{p}人民政府关于加快发展银发经济增进老年人福祉的实施意见",
        "{p}人民政府办公厅关于印发{p}数字政府建设实施方案的通知",
        "{p}人民政府关于调整{p}最低工资标准的通知",
        "{p}人民政府办公厅关于促进民营经济发展壮大的若干措施",
        "{p}人民政府关于印发{p}空气质量持续改善行动计划的通知",
        "{p}人民政府办公厅关于推进高效办成一件事的实施方案",
        "{p}人民政府关于加强基层应急管理能力建设的意见",
        "{p}人民政府办公厅关于印发{p}促进消费若干措施的通知",
        "{p}人民政府关于公布{p}级重点文物保护单位的通知",
        "{p}人民政府办公厅关于加快推进城市更新的实施意见",
        "{p}人民政府关于修改和废止部分规章的决定",
        "{p}人民政府办公厅关于健全社会救助体系的实施意见",
        "{p}人民政府关于印发{p}国土空间生态修复规划的通知",
        "{p}人民政府办公厅关于促进房地产市场平稳健康发展的通知",
        "{p}人民政府关于深化“放管服”改革的实施意见",
        "{p}人民政府办公厅关于支持新型农业经营主体发展的若干措施",
        "{p}人民政府关于印发{p}加快建设制造强{p}实施方案的通知",
        "{p}人民政府办公厅关于做好冬春季保供稳价工作的通知",
    ],
    "zcjd": [
        "《{p}推动大规模设备更新行动方案》政策解读",
        "一图读懂《关于进一步优化营商环境的若干措施》",
        "《关于加快发展银发经济的实施意见》新闻发布会答记者问",
        "图解：{p}数字政府建设实施方案",
        "《{p}最低工资标准调整通知》解读",
        "专家解读：促进民营经济发展壮大的若干措施",
        "《空气质量持续改善行动计划》政策问答",
        "视频解读：高效办成一件事怎么办",
        "《关于加强基层应急管理能力建设的意见》解读",
        "一图看懂{p}促进消费若干措施",
        "《关于加快推进城市更新的实施意见》起草说明",
        "权威解读：社会救助体系建设新举措",
        "《国土空间生态修复规划》有关情况解读",
        "政策问答：房地产市场平稳健康发展有关措施",
        "部门负责人解读“放管服”改革实施意见",
    ],
    "renshi": [
        "{p}人民政府关于{n}等同志职务任免的通知",
        "{y}年{p}事业单位公开招聘工作人员公告",
        "{p}人民政府任免工作人员名单",
        "{y}年度{p}级机关公开遴选公务员拟录用人员公示",
        "关于{y}年{p}直事业单位公开招聘拟聘用人员的公示",
        "{p}人民政府关于{n}同志任职的通知",
    ],
    "guihua": [
        "{p}国民经济和社会发展第十五个五年规划纲要编制工作方案",
        "{p}国土空间总体规划（2021—2035年）",
        "{p}综合交通运输发展规划",
        "{p}“十五五”生态环境保护规划（征求意见稿）",
        "{y}年{p}重点建设项目计划",
        "{p}教育事业发展规划",
    ],
    "caizheng": [
        "{y}年{p}级部门预算公开",
        "{y}年{p}本级决算公开",
        "关于{y}年{p}预算执行情况的报告",
        "{y}年{p}政府债务限额及余额情况",
        "{y}年{p}“三公”经费预算情况说明",
    ],
    "tongji": [
        "{y}年1—10月{p}经济运行情况",
        "{y}年前三季度{p}居民收入和消费支出情况",
        "{y}年10月{p}居民消费价格变动情况",
        "{y}年{p}国民经济和社会发展统计公报",
        "{y}年9月{p}规模以上工业生产情况",
        "{y}年上半年{p}经济运行情况解读",
    ],
    "caigou": [
        "{p}政务服务中心智能化改造项目公开招标公告",
        "{p}数据中心云资源租赁服务项目中标结果公告",
        "{p}机关事务管理局物业服务采购项目竞争性磋商公告",
        "{p}教育局校园安防设备采购项目更正公告",
        "{p}公安局执法记录仪采购项目成交公告",
        "{p}卫健委医疗设备采购项目招标公告",
    ],
    "jytabl": [
        "对{p}人大十四届三次会议第{n}号建议的答复",
        "对政协{p}委员会第{n}号提案的答复",
        "{y}年度{p}政府系统建议提案办理工作总结",
    ],
    "zdly": [
        "{y}年{p}保障性住房分配情况公示",
        "{p}第三季度生态环境质量状况公报",
        "{p}食品安全监督抽检信息公告（{y}年第{n}期）",
        "{p}义务教育阶段学校招生工作方案",
        "{p}重大建设项目批准和实施信息公开",
        "{p}{y}年第三季度医疗机构不良执业行为记分情况",
    ],
    "letters": [
        "关于{c}某小区冬季供暖温度不达标的问题",
        "咨询灵活就业人员社保缴费基数问题",
        "关于{c}某路段夜间施工噪音扰民的反映",
        "关于小区加装电梯补贴申请进度的咨询",
        "反映{c}某村道路破损严重的问题",
        "咨询新生儿医保参保办理流程",
        "关于公交线路调整后出行不便的建议",
        "反映某商户占道经营的问题",
        "关于农民工工资被拖欠的求助",
        "咨询公积金异地贷款政策",
        "关于学校周边交通拥堵的建议",
        "反映某楼盘逾期交房的问题",
        "咨询退役军人优待证办理",
        "关于老旧小区改造施工质量的反映",
        "关于{c}某菜市场环境卫生的建议",
        "咨询居住证办理所需材料",
    ],
    "zhengji": [
        "关于《{p}城市更新条例（草案）》公开征求意见的公告",
        "{y}年{p}民生实事项目征集",
        "关于《{p}养老服务条例（征求意见稿）》征求意见",
        "“十五五”规划编制建言献策活动",
        "{p}政务服务满意度问卷调查",
    ],
    "fangtan": [
        "{p}教育厅负责人谈冬季校园安全",
        "{p}医保局负责人解读医保新政",
        "{p}人社厅负责人谈稳就业举措",
        "{p}住建厅负责人谈老旧小区改造",
        "{p}交通运输厅负责人谈冬季出行保障",
    ],
    "zhuanti": [
        "学习贯彻党的二十届四中全会精神",
        "高效办成一件事",
        "优化营商环境",
        "{p}“十五五”规划编制",
        "安全生产治本攻坚三年行动",
        "深入开展中央八项规定精神学习教育",
        "乡村全面振兴",
        "政府信息公开工作年度报告",
    ],
}

REGION_NAMES = [
    "东城区", "西城区", "南湖区", "北山区", "高新区", "经开区", "临江县", "丰源县",
    "青山县", "白河县", "石门县", "长宁县", "安平县", "永和县", "清水县", "兴隆县",
]

PEOPLE = ["王建国", "李明华", "张晓东", "刘卫平", "陈志强", "杨立新"]


def titles(pool: str, count: int, place: str, offset: int = 0) -> list[str]:
    out = []
    base = POOLS[pool]
    for i in range(count):
        k = i + offset
        t = base[k % len(base)]
        t = t.format(
            p=place, c=REGION_NAMES[(k * 7) % len(REGION_NAMES)], y=NOW.year - (k // 40),
            n=PEOPLE[k % len(PEOPLE)] if "{n}等" in t or "{n}同志" in t else 100 + k,
        )
        lap = k // len(base)
        if lap:
            t = t + f"（第{lap + 1}批）" if pool in ("notice", "caigou", "renshi") else t.replace("召开", "再次召开", 1) if "召开" in t else t + "（续）"
        out.append(t)
    return out


# --------------------------------------------------------------------------
# Columns, items and the site spec
# --------------------------------------------------------------------------


@dataclass
class Col:
    name: str
    ctype: str  # the type the truth expects
    pool: str
    newest: date | None  # None: the column is empty
    step: float = 1.0  # days between items
    path: str = ""  # the column page
    home_items: int = 8
    colid: int = 0
    on_home: bool = True
    page_status: str = "ok"  # ok | slow | flaky503 | down503
    message: bool = False

    def dates(self, count: int, start: int = 0) -> list[date]:
        assert self.newest is not None
        return [self.newest - timedelta(days=int((i + start) * self.step)) for i in range(count)]


@dataclass
class Page:
    html: str
    charset: str = "utf-8"
    status: int = 200
    behaviour: str = "ok"  # ok | slow | flaky503 | down503


@dataclass
class ColTruth:
    name: str
    ctype: str
    newest: date | None
    empty: bool
    judged: bool = True  # False: not judged (its page did not answer and the homepage shows nothing)


@dataclass
class Truth:
    status_full: str
    passed_full: bool
    must_full: tuple[str, ...]
    must_not_full: tuple[str, ...]
    status_home: str
    passed_home: bool
    must_home: tuple[str, ...]
    must_not_home: tuple[str, ...]
    last_updated_full: date | None
    last_updated_home: date | None
    columns: list[ColTruth] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # finding code -> count (full)
    homepage_newest: date | None = None  # the homepage's own newest item


# --------------------------------------------------------------------------
# Chrome shared by the portals
# --------------------------------------------------------------------------

MENU = {
    "首页": [],
    "政务要闻": ["要闻动态", "省领导活动", "图片新闻", "部门动态", "市县动态", "媒体关注", "视频新闻", "新闻发布会", "专题专栏"],
    "政务公开": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "政策文件", "政策解读", "规范性文件",
             "政府规章", "人事信息", "规划计划", "财政预决算", "统计信息", "政府采购", "建议提案办理", "重点领域信息公开",
             "公共资源配置", "社会公益事业", "重大建设项目", "生态环境", "食品药品", "安全生产", "价格收费", "审计信息",
             "权责清单", "行政执法公示", "双随机一公开", "政府常务会议", "新闻发布会", "依申请公开"],
    "政务服务": ["个人办事", "法人办事", "部门服务", "高效办成一件事", "便民服务", "公共服务清单", "证照办理", "社保医保",
             "住房保障", "户籍办理", "出入境", "婚姻登记", "教育考试", "就业创业", "企业开办", "工程建设", "不动产登记",
             "税费缴纳", "公积金", "交通出行", "水电气暖", "办件查询", "好差评"],
    "互动交流": ["领导信箱", "12345热线", "征集调查", "在线访谈", "网上调查", "常见问题", "智能问答", "留言选登", "意见征集"],
    "走进": ["概况", "历史沿革", "行政区划", "自然地理", "人口民族", "经济社会", "文化旅游", "名胜古迹", "特色物产", "投资指南"],
    "数据发布": ["统计数据", "统计公报", "统计年鉴", "数据解读", "开放数据", "经济指标", "普查数据"],
    "专题专栏": ["学习贯彻党的二十届四中全会精神", "高效办成一件事", "优化营商环境", "十五五规划编制", "安全生产", "乡村振兴",
             "民营经济", "营商环境评价", "数字政府", "双碳行动", "文明城市创建", "平安建设", "河湖长制", "林长制",
             "国家安全教育", "扫黑除恶", "反诈宣传", "网络安全宣传周"],
}

DEPTS = ["发展和改革委员会", "教育厅", "科学技术厅", "工业和信息化厅", "民族宗教事务委员会", "公安厅", "民政厅", "司法厅",
         "财政厅", "人力资源和社会保障厅", "自然资源厅", "生态环境厅", "住房和城乡建设厅", "交通运输厅", "水利厅",
         "农业农村厅", "商务厅", "文化和旅游厅", "卫生健康委员会", "退役军人事务厅", "应急管理厅", "审计厅",
         "外事办公室", "国有资产监督管理委员会", "市场监督管理局", "广播电视局", "体育局", "统计局", "医疗保障局",
         "地方金融管理局", "机关事务管理局", "林业和草原局", "粮食和物资储备局", "能源局", "药品监督管理局", "数据局",
         "信访局", "乡村振兴局", "人民防空办公室", "地方志办公室"]

SVG_ICONS = [
    "M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-1 17.93c-3.95-.49-7-3.85-7-7.93 0-.62.08-1.21.21-1.79L9 15v1c0 1.1.9 2 2 2v1.93z",
    "M19 3H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm-7 3c1.93 0 3.5 1.57 3.5 3.5S13.93 13 12 13s-3.5-1.57-3.5-3.5S10.07 6 12 6z",
    "M20 6h-4V4c0-1.11-.89-2-2-2h-4c-1.11 0-2 .89-2 2v2H4c-1.11 0-1.99.89-1.99 2L2 19c0 1.11.89 2 2 2h16c1.11 0 2-.89 2-2V8c0-1.11-.89-2-2-2zm-6 0h-4V4h4v2z",
    "M12 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 1.79 4 4 4zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z",
    "M3 13h8V3H3v10zm0 8h8v-6H3v6zm10 0h8V11h-8v10zm0-18v6h8V3h-8z",
]


def svg(i: int) -> str:
    path = SVG_ICONS[i % len(SVG_ICONS)]
    return (f'<svg class="icon" viewBox="0 0 24 24" width="48" height="48" aria-hidden="true">'
            f'<path fill="currentColor" d="{path}"/><circle cx="12" cy="12" r="11" fill="none" stroke="#c00" '
            f'stroke-width=".6"/></svg>')


def head(title: str, charset: str, keywords: str) -> str:
    css = "\n".join(
        f".{cls}{{margin:0;padding:0 {i}px;font-size:{12 + i % 6}px;line-height:{20 + i % 10}px;color:#{(i * 1234567) % 0xFFFFFF:06x}}}"
        for i, cls in enumerate(["hd", "nav", "sub", "main", "box", "tab", "list", "more", "date", "ft", "banner",
                                 "swiper", "zt", "fw", "hd-tool", "wza", "old", "matrix", "sjfb", "hdjl"] * 6))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<meta name="keywords" content="{keywords}">
<meta name="description" content="{title}是{keywords}政府发布权威政务信息、提供在线服务、开展互动交流的主渠道。">
<meta name="SiteName" content="{title}">
<meta name="SiteDomain" content="">
<meta name="SiteIDCode" content="5200000001">
<meta name="ColumnName" content="首页">
<meta name="ColumnType" content="首页">
<link rel="stylesheet" href="/images/common/css/base.css?v=20260310">
<link rel="stylesheet" href="/images/common/css/index.css?v=20261008">
<link rel="stylesheet" href="/images/common/swiper/swiper-bundle.min.css">
<style type="text/css">
{css}
</style>
<script src="/images/common/js/jquery-1.12.4.min.js"></script>
<script src="/images/common/swiper/swiper-bundle.min.js"></script>
</head>
"""


def toolbar() -> str:
    return """<div class="hd-tool">
  <div class="w1200">
    <div class="fl"><span id="today"></span><script type="text/javascript">
      (function(){var d=new Date(),w=["日","一","二","三","四","五","六"];
      document.getElementById("today").innerHTML="今天是"+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()];})();
    </script>
    <iframe class="weather" src="https://i.tianqi.com/?c=code&id=34&icon=1" width="160" height="20" frameborder="0" scrolling="no"></iframe></div>
    <div class="fr">
      <a href="javascript:void(0);" id="wza" class="wza" title="无障碍浏览">无障碍</a>
      <a href="javascript:void(0);" id="old" class="old" title="长者模式">长者模式</a>
      <a href="javascript:void(0);" id="jft" onclick="zh_tran('t');">繁體</a>
      <a href="/wap/index.html">移动版</a>
      <a href="javascript:void(0);" class="wx">微信<div class="ewm"><img src="/images/common/wx-ewm.png" alt="微信公众号二维码"></div></a>
      <a href="javascript:void(0);" class="wb">微博</a>
      <a href="https://tyrz.zwfw.gov.cn/login" target="_blank">登录</a>
      <a href="https://tyrz.zwfw.gov.cn/register" target="_blank">注册</a>
    </div>
  </div>
</div>
<script type="text/javascript" src="https://wza.cdn.gov.cn/aria.js?appid=7b1a0f3c2e6d4a9b8c5e1f2a3b4c5d6e" charset="utf-8" id="ariascripts" defer></script>
"""


def megamenu(col_url, extra: int = 0) -> str:
    """The navigation: every menu with its drop-down of sub-columns (hundreds of links)."""
    parts = ['<div class="nav"><ul class="nav-list w1200">']
    n = 0
    for top, subs in MENU.items():
        if not subs:
            parts.append('<li class="on"><a href="/">首页</a></li>')
            continue
        parts.append(f'<li class="nav-item"><a href="{col_url(top, 0)}">{top}</a><div class="sub"><div class="sub-in">')
        for j, sub in enumerate(subs):
            n += 1
            parts.append(f'<dl><dt><a href="{col_url(sub, n)}" title="{sub}">{sub}</a></dt><dd>')
            for k in range(2 + (j % 3) + extra):
                n += 1
                parts.append(f'<a href="{col_url(sub + str(k), n)}">{sub}{["指南", "动态", "政策", "办事", "公示", "问答"][k % 6]}</a>')
            parts.append("</dd></dl>")
        parts.append("</div></div></li>")
    parts.append("</ul></div>")
    return "\n".join(parts)


def footer(site: str, host: str, code: str, icp: str, gongan: str, orgs: str) -> str:
    selects = []
    groups = {
        "国务院部门网站": ["外交部", "国防部", "国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部", "国家民族事务委员会",
                    "公安部", "民政部", "司法部", "财政部", "人力资源和社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部",
                    "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部", "国家卫生健康委员会", "退役军人事务部",
                    "应急管理部", "中国人民银行", "审计署"],
        "省级政府网站": ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
                   "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏",
                   "陕西", "甘肃", "青海", "宁夏", "新疆"],
        "市县政府网站": REGION_NAMES,
        "部门网站": DEPTS[:24],
    }
    for label, names in groups.items():
        opts = "".join(f'<option value="http://www.{k:03d}.gov.cn.example/">{nm}</option>' for k, nm in enumerate(names))
        selects.append(f'<select onchange="if(this.value)window.open(this.value);"><option value="">{label}</option>{opts}</select>')
    return f"""<div class="links w1200"><span class="tit">相关链接</span><a href="https://www.gov.cn/" target="_blank">中国政府网</a>{''.join(selects)}</div>
<div class="ft">
  <div class="w1200 ft-in">
    <div class="ft-l">
      <a href="https://bszs.conac.cn/sitename?method=show&amp;id=2A1B3C4D5E6F7A8B" target="_blank"><img src="/images/common/red.png" alt="党政机关" width="50" height="60"></a>
      <span id="_span_jiucuo"><img src="/images/common/jiucuo.png" alt="政府网站找错" onclick="Link('{code}')" style="cursor:pointer"></span>
      <script id="_jiucuo_" sitecode="{code}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
    </div>
    <div class="ft-c">
      <p><a href="/col/wzdt/index.html">网站地图</a> | <a href="/col/lxwm/index.html">联系我们</a> | <a href="/col/wzsm/index.html">网站声明</a> | <a href="/col/syzn/index.html">使用帮助</a></p>
      <p>主办：{orgs}　承办：{site}大数据中心　联系电话：0851-86800000</p>
      <p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>
         <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={gongan[5:19]}" target="_blank"><img src="/images/common/gaba.png" alt="">{gongan}</a></p>
      <p>版权所有：{site}　Copyright &copy; 2012-{NOW.year} {host} All Rights Reserved　建议使用1366×768分辨率 IE10以上浏览器</p>
    </div>
    <div class="ft-r"><img src="/images/common/app-ewm.png" alt="政务APP"><img src="/images/common/wx-ewm.png" alt="微信"></div>
  </div>
</div>
<script src="/images/common/js/index.js?v=20261008"></script>
<script>
var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5b6f2c0e7a9d8b1c3e4f5a6b7c8d9e0f";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();
</script>
</body>
</html>
"""


def services_grid(zwfw: str) -> str:
    items = ["社保查询", "公积金查询", "不动产登记", "户籍办理", "出入境证件", "婚姻登记", "企业开办", "工程建设项目审批",
             "医保报销", "新生儿出生一件事", "退休一件事", "教育入学一件事", "个体工商户开办", "残疾人服务", "驾驶证办理",
             "车辆年检", "水电气过户", "税务办理", "职业资格", "养老服务", "法律援助", "12345热线", "政策兑现", "电子证照"]
    cells = "".join(f'<li><a href="{zwfw}/jsp/service/item.jsp?itemid={1000 + i}" target="_blank">{svg(i)}<span>{t}</span></a></li>'
                    for i, t in enumerate(items))
    return f'<div class="fw box"><div class="fw-hd"><h3>政务服务</h3><a class="more" href="{zwfw}" target="_blank">进入政务服务网</a></div><ul class="fw-grid">{cells}</ul></div>'


def data_widget(place: str) -> str:
    rows = [("地区生产总值", "21836.4", "亿元", "5.3%", "前三季度"), ("规模以上工业增加值", "—", "", "7.1%", "1—10月"),
            ("固定资产投资", "—", "", "4.2%", "1—10月"), ("社会消费品零售总额", "7012.9", "亿元", "5.0%", "1—10月"),
            ("居民人均可支配收入", "24153", "元", "5.4%", "前三季度"), ("居民消费价格指数", "100.4", "", "0.4%", "1—10月")]
    lis = "".join(f'<li><p class="n">{v}<em>{u}</em></p><p class="t">{k}</p><p class="z">同比增长<b>{g}</b></p><p class="s">{s}</p></li>'
                  for k, v, u, g, s in rows)
    return f'<div class="sjfb box"><div class="hd"><h3>数据发布</h3><a class="more" href="/col/sjfb/index.html">更多</a></div><ul>{lis}</ul><p class="src">数据来源：{place}统计局</p></div>'


def zhuanti_grid(place: str, links: list[tuple[str, str]]) -> str:
    cells = "".join(f'<li><a href="{u}" target="_blank"><img src="/images/zt/zt{i:02d}.jpg" alt="{t}"><span>{t}</span></a></li>'
                    for i, (t, u) in enumerate(links))
    return f'<div class="zt box"><div class="hd"><h3>专题专栏</h3><a class="more" href="/col/ztzl/index.html">更多&gt;&gt;</a></div><ul class="zt-grid">{cells}</ul></div>'


# --------------------------------------------------------------------------
# Item markup by CMS
# --------------------------------------------------------------------------

ART = [3456000]


def art_id() -> int:
    ART[0] += 137
    return ART[0]


def hanweb_url(col: Col, d: date) -> str:
    return f"/art/{d.year}/{d.month}/{d.day}/art_{col.colid}_{art_id()}.html"


def trs_url(col: Col, d: date) -> str:
    return f"{col.path}{d:%Y%m}/t{d:%Y%m%d}_{art_id() + 6000000}.html"


def li_items(col: Col, place: str, count: int, start: int, cms: str, date_style: str = "full") -> str:
    if col.newest is None:
        return ""
    ts = titles(col.pool, count, place, start)
    out = []
    for t, d in zip(ts, col.dates(count, start), strict=False):
        url = hanweb_url(col, d) if cms == "hanweb" else trs_url(col, d)
        if date_style == "script":
            ds = f'<span class="date"><script>document.write("{d:%Y-%m-%d}".substring(5));</script></span>'
        elif date_style == "md":
            ds = f'<span class="date">[{d:%m-%d}]</span>'
        elif date_style == "cn":
            ds = f'<span class="date">{d.year}年{d.month:02d}月{d.day:02d}日</span>'
        elif date_style == "script_title":
            out.append(f'<li><a href="{url}" target="_blank" title="{t}"><script>var t="{t}";document.write(t.length>26?t.substring(0,26)+"...":t);</script></a>'
                       f'<span class="date">{d:%Y-%m-%d}</span></li>')
            continue
        else:
            ds = f'<span class="date">{d:%Y-%m-%d}</span>'
        out.append(f'<li><a href="{url}" target="_blank" title="{t}">{t}</a>{ds}</li>')
    return "\n".join(out)


def box(col: Col, place: str, cms: str, date_style: str = "full", cls: str = "box", empty_html: str = "") -> str:
    if col.newest is None:
        body = empty_html or '<div class="nodata">暂无信息</div>'
    else:
        body = f'<ul class="list">{li_items(col, place, col.home_items, 0, cms, date_style)}</ul>'
    return (f'<div class="{cls}"><div class="hd"><h3><a href="{col.path}" target="_blank">{col.name}</a></h3>'
            f'<a class="more" href="{col.path}" target="_blank">更多&gt;&gt;</a></div><div class="bd">{body}</div></div>')


def tabbox(cols: list[Col], place: str, cms: str, title: str = "", date_style: str = "full", empty_html: str = "") -> str:
    tabs = "".join(f'<li class="{"on" if i == 0 else ""}"><a href="{c.path}" target="_blank">{c.name}</a></li>' for i, c in enumerate(cols))
    panels = []
    for i, c in enumerate(cols):
        if c.newest is None:
            inner = empty_html or '<div class="nodata">暂无信息</div>'
        else:
            inner = f'<ul class="list">{li_items(c, place, c.home_items, 0, cms, date_style)}</ul>'
        panels.append(f'<div class="tab-panel" style="display:{"block" if i == 0 else "none"}">{inner}'
                      f'<a class="more" href="{c.path}" target="_blank">更多&gt;&gt;</a></div>')
    h = f"<h2>{title}</h2>" if title else ""
    return f'<div class="tab box">{h}<ul class="tab-hd">{tabs}</ul><div class="tab-bd">{"".join(panels)}</div></div>'


def trs_column_page(site_head: str, chrome_top: str, chrome_bottom: str, col: Col, place: str, total_pages: int = 25) -> str:
    items = li_items(col, place, 20, 0, "trs") if col.newest is not None else ""
    body = f'<ul class="list">{items}</ul>' if items else '<div class="nodata">暂无信息</div>'
    return (site_head + "<body>" + chrome_top +
            f'<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="{col.path}">{col.name}</a></div>'
            f'<div class="w1200 main"><div class="side"><h2>{col.name}</h2></div><div class="con"><div class="con-hd"><h3>{col.name}</h3></div>'
            f'{body}<div class="page"><script type="text/javascript">var currentPage = 0;var countPage = {total_pages};'
            f'createPageHTML(countPage, currentPage, "index", "html");</script></div></div></div>' + chrome_bottom)


def hanweb_column_page(site_head: str, chrome_top: str, chrome_bottom: str, col: Col, place: str, unitid: int) -> str:
    if col.newest is not None:
        ts = titles(col.pool, 60, place, 0)
        records = "\n".join(
            f'<record><![CDATA[<li><a href="{hanweb_url(col, d)}" title="{t}" target="_blank">{t}</a><span>{d:%Y-%m-%d}</span></li>]]></record>'
            for t, d in zip(ts, col.dates(60), strict=False))
        total = 60
    else:
        records, total = "", 0
    return (site_head + "<body>" + chrome_top +
            f'<div class="w1200 crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="{col.path}">{col.name}</a></div>'
            f'<div class="w1200 main"><div class="side"><div class="side-hd">{col.name}</div></div><div class="con">'
            f'<div class="con-hd"><span>{col.name}</span></div><div class="list" id="{unitid}">'
            f'<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=/&columnid={col.colid}&unitid={unitid}&webname=&permissiontype=0"></a>]]></nextgroup>'
            f'<recordset>\n{records}\n</recordset><totalrecord>{total}</totalrecord></datastore></script></div>'
            f'<script language="javascript" src="/module/jslib/jquery/jpage/jquery.page.min.js"></script>'
            f'<script>$(document).ready(function(){{$("#{unitid}").jpage({{dataStore:dataStore,perPage:20,totalRecord:{total},'
            f'barPosition:"bottom",pageDisplay:"首页|上页|下页|尾页"}});}});</script>'
            f'</div></div>' + chrome_bottom)


# --------------------------------------------------------------------------
# Sites
# --------------------------------------------------------------------------

SITES: dict[str, dict] = {}  # key -> {"host", "name", "pages": {path: Page}}
TRUTH: dict[str, Truth] = {}


def register(key: str, host: str, name: str, pages: dict[str, Page], truth: Truth) -> None:
    SITES[key] = {"host": host, "name": name, "pages": pages}
    TRUTH[key] = truth


def col_truths(cols: list[Col]) -> list[ColTruth]:
    return [ColTruth(c.name, c.ctype, c.newest, c.newest is None) for c in cols]


# ---- 1. 江川省 (TRS, healthy province) -----------------------------------

def build_jiangchuan() -> None:
    host, place, site = "www.jiangchuan.gov.cn", "省", "江川省人民政府"
    charset = "utf-8"
    cols = {
        "tpxw": Col("图片新闻", "news", "yaowen", ago(1), 2, "/xwdt/tpxw/", 5),
        "yw": Col("要闻动态", "news", "yaowen", ago(0), 0.5, "/xwdt/jcyw/", 10),
        "sldhd": Col("省领导活动", "news", "yaowen", ago(2), 2, "/xwdt/sldhd/", 8),
        "bmdt": Col("部门动态", "news", "dept", ago(1), 0.4, "/xwdt/bmdt/", 12),
        "sxdt": Col("市县动态", "news", "county", ago(0), 0.3, "/xwdt/sxdt/", 32),
        "tzgg": Col("通知公告", "notice", "notice", ago(3), 4, "/zwgk/tzgg/", 8),
        "zcwj": Col("政策文件", "policy", "zcwj", ago(5), 6, "/zwgk/zcwj/", 8),
        "zcjd": Col("政策解读", "policy", "zcjd", ago(6), 7, "/zwgk/zcjd/", 8),
        "tj": Col("图解", "policy", "zcjd", ago(13), 15, "/zwgk/zcjd/tj/", 6),
        "spjd": Col("视频解读", "policy", "zcjd", ago(20), 25, "/zwgk/zcjd/spjd/", 6),
        "rsxx": Col("人事信息", "personnel", "renshi", ago(16), 20, "/zwgk/rsxx/", 6),
        "ghjh": Col("规划计划", "planning", "guihua", ago(40), 45, "/zwgk/ghjh/", 6),
    }
    letters_col = Col("领导信箱", "interaction", "letters", ago(1), 2, "/hdjl/ldxx/", 8, message=True)
    zhengji = Col("征集调查", "interaction", "zhengji", ago(4), 12, "/hdjl/zjdc/", 5)
    fangtan = Col("在线访谈", "interaction", "fangtan", ago(8), 14, "/hdjl/zxft/", 4)

    def col_url(name: str, n: int) -> str:
        return f"/col/c{n:04d}/index.html" if n else "/xwdt/"

    sh = head(site, charset, "江川省,江川省人民政府,江川政务")
    top = f'{toolbar()}<div class="hd w1200"><a href="/" class="logo"><img src="/images/common/logo.png" alt="{site}"></a>' \
          f'<form class="search" action="/jsearch/search.do" target="_blank"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>' \
          f'{megamenu(col_url, extra=2)}{mobile_menu(col_url)}'
    bottom = footer(site, host, "5200000001", "江ICP备05001234号-1", "江公网安备 52010302000123号", "江川省人民政府办公厅")

    carousel_items = []
    c = cols["tpxw"]
    for t, d in zip(titles("yaowen", 5, place, 3), c.dates(5), strict=False):
        carousel_items.append(f'<div class="swiper-slide"><a href="{trs_url(c, d)}" target="_blank"><img src="{c.path}{d:%Y%m}/W0{d:%Y%m%d}5123.jpg" alt="{t}">'
                              f'<p class="tit">{t}</p></a></div>')
    carousel = (f'<div class="banner box"><div class="hd"><h3>图片新闻</h3><a class="more" href="{c.path}">更多</a></div>'
                f'<div class="swiper"><div class="swiper-wrapper">{"".join(carousel_items)}</div><div class="swiper-pagination"></div>'
                f'<div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div></div>')
    headline = (f'<div class="toutiao"><h1><a href="{trs_url(cols["yw"], ago(0))}" target="_blank">{titles("yaowen", 1, place, 10)[0]}</a></h1>'
                f'<p>{place}政府党组召开会议，传达学习重要讲话精神，研究部署贯彻落实工作。<a href="{trs_url(cols["yw"], ago(0))}">[详细]</a></p></div>')
    # 要闻 list: TRS template writes long titles by script
    yw = box(cols["yw"], place, "trs", "script_title")
    sldhd = box(cols["sldhd"], place, "trs")
    # 部门动态: dates written by script (TRS), the URL carries the date
    bmdt = box(cols["bmdt"], place, "trs", "script")
    sxdt = box(cols["sxdt"], place, "trs")
    matrix = tabbox([cols["zcwj"], cols["zcjd"], cols["tj"], cols["spjd"]], place, "trs", "政务公开")
    gk_side = ('<div class="gk-side"><ul>' + "".join(f'<li><a href="/zwgk/{k}/">{n}</a></li>' for k, n in
               [("xxgkzn", "政府信息公开指南"), ("xxgkzd", "政府信息公开制度"), ("fdzdgknr", "法定主动公开内容"), ("xxgknb", "政府信息公开年报"),
                ("ysqgk", "依申请公开")]) + "</ul></div>")
    tzgg = box(cols["tzgg"], place, "trs")
    rs_gh = tabbox([cols["rsxx"], cols["ghjh"]], place, "trs")
    letters = "\n".join(
        f'<li><a href="/hdjl/ldxx/xjxq.html?id=2026{1000 + i}" target="_blank">{t}</a><span class="zt">已回复</span><span class="date">{d:%Y-%m-%d}</span></li>'
        for i, (t, d) in enumerate(zip(titles("letters", 8, "江川"), letters_col.dates(8), strict=False)))
    zj_items = "\n".join(
        f'<li><a href="{trs_url(zhengji, d)}" target="_blank">{t}</a><span class="time">征集时间：{d:%Y-%m-%d}至{d + timedelta(days=30):%Y-%m-%d}</span></li>'
        for t, d in zip(titles("zhengji", 5, place), zhengji.dates(5), strict=False))
    ft_items = (f'<li class="yg"><span class="tag">预告</span><a href="/hdjl/zxft/202611/t20261118_7000001.html">{place}民政厅负责人谈冬季困难群众救助</a>'
                f'<span class="time">访谈时间：{(NOW + timedelta(days=6)).year}年{(NOW + timedelta(days=6)).month}月{(NOW + timedelta(days=6)).day}日 15:00</span></li>' +
                "\n".join(f'<li><span class="tag">回顾</span><a href="{trs_url(fangtan, d)}">{t}</a><span class="date">{d:%Y-%m-%d}</span></li>'
                          for t, d in zip(titles("fangtan", 4, place), fangtan.dates(4), strict=False)))
    hdjl = (f'<div class="hdjl box"><div class="hd"><h3>互动交流</h3></div><div class="hd-row">'
            f'<div class="sub"><div class="hd"><h4>领导信箱</h4><a class="more" href="{letters_col.path}">更多</a></div>'
            f'<div class="tb-hd"><span>信件标题</span><span>状态</span><span>日期</span></div><ul class="list">{letters}</ul>'
            f'<a class="btn" href="/hdjl/ldxx/xj.html">我要写信</a></div>'
            f'<div class="sub"><div class="hd"><h4>征集调查</h4><a class="more" href="{zhengji.path}">更多</a></div><ul class="list">{zj_items}</ul></div>'
            f'<div class="sub"><div class="hd"><h4>在线访谈</h4><a class="more" href="{fangtan.path}">更多</a></div><ul class="list">{ft_items}</ul></div>'
            f'</div></div>')
    zt = zhuanti_grid(place, [(t, f"/ztzl/zt{i:02d}/") for i, t in enumerate(titles("zhuanti", 8, "江川"))])
    home = (sh + '<body class="index">' + top +
            f'<div class="w1200 main">{headline}<div class="row1">{carousel}{yw}</div><div class="row2">{sldhd}{bmdt}</div>'
            f'<div class="row3">{sxdt}</div><div class="row4 matrix">{gk_side}{matrix}{tzgg}{rs_gh}</div>'
            f'{services_grid("https://zwfw.jiangchuan.gov.cn")}{theme_services()}{hdjl}{data_widget(place)}{zt}{dept_grid("江川省")}</div>' + bottom)
    pages = {"/": Page(home, charset)}
    for c in [*cols.values(), zhengji, fangtan]:
        pages[c.path] = Page(trs_column_page(sh, top, bottom, c, place), charset)
    # the letters' own list: a table with 状态
    rows = "\n".join(
        f'<tr><td>{2026110 - i}</td><td><a href="/hdjl/ldxx/xjxq.html?id=2026{1000 + i}" target="_blank">{t}</a></td><td>{d:%Y-%m-%d}</td><td>已回复</td></tr>'
        for i, (t, d) in enumerate(zip(titles("letters", 20, "江川"), letters_col.dates(20), strict=False)))
    pages[letters_col.path] = Page(sh + "<body>" + top + '<div class="w1200 main"><h3>领导信箱</h3><table class="xxlist">'
                                   f'<tr><th>编号</th><th>信件标题</th><th>来信时间</th><th>办理状态</th></tr>{rows}</table>'
                                   '<div class="page">共 36 页 <a href="index_1.html">下一页</a> <a href="index_35.html">尾页</a></div></div>' + bottom, charset)
    allcols = [cols["tpxw"], cols["yw"], cols["sldhd"], cols["bmdt"], cols["sxdt"], cols["zcwj"], cols["zcjd"], cols["tj"], cols["spjd"],
               cols["tzgg"], cols["rsxx"], cols["ghjh"], letters_col, zhengji]
    register("jiangchuan", host, site, pages, Truth(
        status_full="healthy", passed_full=True, must_full=(),
        must_not_full=("homepage_stale", "column_stale", "column_empty", "unanswered_messages", "future_dated", "undated", "abandoned"),
        status_home="healthy", passed_home=True, must_home=(),
        must_not_home=("homepage_stale", "undated", "abandoned"),
        last_updated_full=ago(0), last_updated_home=ago(0), homepage_newest=ago(0),
        # 在线访谈's newest item is the 预告 posted on 2026-11-18 (its article URL's
        # t20261118), announcing an interview on the 26th: a publication of the 18th.
        columns=[*col_truths(allcols), ColTruth("在线访谈", "interaction", date(2026, 11, 18), False)]))



THEMES = ["生育收养", "户籍办理", "教育科研", "就业创业", "社会保障", "医疗卫生", "住房保障", "婚姻登记", "交通出行", "证件办理",
          "民族宗教", "文化体育", "公用事业", "司法公证", "退休养老", "残疾人", "死亡殉葬", "设立变更", "准营准办", "资质认证",
          "年检年审", "税收财务", "人力资源", "投资审批", "环保绿化", "知识产权", "农林牧渔", "安全生产"]


def theme_services() -> str:
    """The 主题服务 tabs: every theme's matters (hidden panels, all in the page)."""
    tabs = "".join(f'<li data-i="{i}">{t}</li>' for i, t in enumerate(THEMES))
    panels = []
    for i, t in enumerate(THEMES):
        links = "".join(f'<a href="https://zwfw.example.gov.cn/jsp/guide/item.jsp?id={i * 100 + k}" target="_blank">{t}事项办理指南（{k + 1}）</a>'
                        for k in range(14))
        panels.append(f'<div class="theme-panel" style="display:{"block" if i == 0 else "none"}">{links}</div>')
    return f'<div class="theme box"><div class="hd"><h3>主题服务</h3></div><ul class="theme-tabs">{tabs}</ul>{"".join(panels)}</div>'


def dept_grid(place: str) -> str:
    a = "".join(f'<li><a href="http://{["fgw", "jyt", "kjt", "gxt", "mzw", "gat", "mzt", "sft"][i % 8]}{i}.example.gov.cn/" target="_blank">{place}{d}</a></li>'
                for i, d in enumerate(DEPTS))
    b = "".join(f'<li><a href="http://www.r{i}.example.gov.cn/" target="_blank">{r}</a></li>' for i, r in enumerate(REGION_NAMES))
    return f'<div class="bmwz box"><div class="hd"><h3>部门网站</h3></div><ul>{a}</ul><div class="hd"><h3>市县政府</h3></div><ul>{b}</ul></div>'


def mobile_menu(col_url) -> str:
    return '<div class="m-nav" style="display:none">' + megamenu(col_url).replace('class="nav"', 'class="m-nav-in"', 1) + "</div>"


def hanweb_chrome(site: str, host: str, place: str, charset: str, code: str, icp: str, gongan: str, org: str) -> tuple[str, str, str]:
    def col_url(name: str, n: int) -> str:
        return f"/col/col{7000 + n}/index.html"
    sh = head(site, charset, f"{site},{place}")
    top = (f'{toolbar()}<div class="hd w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="{site}"></a>'
           f'<form class="search" action="/jrobot/search.do" target="_blank"><input type="hidden" name="webid" value="1">'
           f'<input name="q" placeholder="请输入搜索内容"><button>搜索</button></form></div>{megamenu(col_url, extra=1)}{mobile_menu(col_url)}')
    bottom = footer(site, host, code, icp, gongan, org)
    return sh, top, bottom


def hanweb_site(key: str, host: str, site: str, place: str, code: str, cols: list[Col], layout: str, extra_pages: dict[str, Page],
                truth: Truth, charset: str = "utf-8", date_styles: dict[str, str] | None = None,
                empty_htmls: dict[str, str] | None = None, head_html: str = "", mid_html: str = "") -> None:
    sh, top, bottom = hanweb_chrome(site, host, place, charset, code, "黔ICP备10001234号-2", "黔公网安备 52030202000456号",
                                    f"{site}办公室")
    date_styles = date_styles or {}
    empty_htmls = empty_htmls or {}
    blocks = {}
    for c in cols:
        blocks[c.name] = box(c, place, "hanweb", date_styles.get(c.name, "full"), empty_html=empty_htmls.get(c.name, ""))
    html_layout = layout.format(**{f"c{i}": blocks[c.name] for i, c in enumerate(cols)})
    home = (sh + '<body class="index">' + top + f'<div class="w1200 main">{head_html}{html_layout}{mid_html}'
            f'{services_grid("https://zwfw.example.gov.cn")}{theme_services()}{data_widget(place)}'
            f'{zhuanti_grid(place, [(t, f"/col/col{8100 + i}/index.html") for i, t in enumerate(titles("zhuanti", 8, place))])}'
            f'{dept_grid(place)}</div>' + bottom)
    pages = {"/": Page(home, charset)}
    for i, c in enumerate(cols):
        if c.message:
            continue
        pages[c.path] = Page(hanweb_column_page(sh, top, bottom, c, place, 4000 + i), charset, behaviour=c.page_status)
    for p, pg in extra_pages.items():
        pages[p] = pg
    register(key, host, site, pages, truth)


def hcol(name: str, ctype: str, pool: str, newest: date | None, step: float, colid: int, n: int = 8, status: str = "ok") -> Col:
    return Col(name, ctype, pool, newest, step, f"/col/col{colid}/index.html", n, colid, page_status=status)


FRESH_NOT = ("homepage_stale", "undated", "abandoned")


# ---- 2. 云岭市: news fresh, 3 policy/notice columns 200+ days old ----------

def build_yunling() -> None:
    place = "市"
    cols = [
        hcol("云岭要闻", "news", "yaowen", ago(0), 0.5, 1229, 10),
        hcol("部门动态", "news", "dept", ago(1), 0.7, 1230, 8),
        hcol("区县动态", "news", "county", ago(1), 0.3, 1231, 32),
        hcol("通知公告", "notice", "notice", ago(205), 9, 1232, 8),
        hcol("政策文件", "policy", "zcwj", ago(231), 12, 1233, 7),
        hcol("政策解读", "policy", "zcjd", ago(212), 10, 1234, 7),
        hcol("人事信息", "personnel", "renshi", ago(50), 30, 1235, 5),
        hcol("规划计划", "planning", "guihua", ago(120), 60, 1236, 5),
    ]
    layout = ('<div class="row">{c0}{c1}</div><div class="row">{c2}</div><div class="row gk"><h2>政务公开</h2>{c3}{c4}{c5}{c6}{c7}</div>')
    hanweb_site("yunling", "www.yunling.gov.cn", "云岭市人民政府", place, "5203000011", cols, layout, {}, Truth(
        status_full="stale", passed_full=True, must_full=("column_stale",),
        must_not_full=(*FRESH_NOT, "column_empty", "unanswered_messages", "future_dated"),
        status_home="healthy", passed_home=True, must_home=(), must_not_home=FRESH_NOT,
        last_updated_full=ago(0), last_updated_home=ago(0), columns=col_truths(cols),
        counts={"column_stale": 3}, homepage_newest=ago(0)),
        date_styles={"区县动态": "md", "部门动态": "md"})


# ---- 3. 青台市 (GBK): only the carousel and the 头条 are fresh ------------

def build_qingtai() -> None:
    place = "市"
    cols = [
        hcol("青台要闻", "news", "yaowen", ago(42), 2, 2101, 10),
        hcol("部门动态", "news", "dept", ago(61), 3, 2102, 8),
        hcol("区县动态", "news", "county", ago(83), 2, 2103, 30),
        hcol("通知公告", "notice", "notice", ago(219), 10, 2104, 8),
        hcol("政策文件", "policy", "zcwj", ago(262), 15, 2105, 7),
        hcol("政策解读", "policy", "zcjd", ago(240), 14, 2106, 7),
        hcol("人事信息", "personnel", "renshi", ago(300), 40, 2107, 5),
    ]
    slides_col = Col("图片新闻", "news", "yaowen", ago(2), 3, "/col/col2100/index.html", 5, 2100)
    slides = "".join(f'<div class="swiper-slide"><a href="{hanweb_url(slides_col, d)}" target="_blank"><img src="/picture/0/2611{i}.jpg" alt="{t}"></a>'
                     f'<p><a href="{hanweb_url(slides_col, d)}" target="_blank">{t}</a></p></div>'
                     for i, (t, d) in enumerate(zip(titles("yaowen", 5, place, 7), slides_col.dates(5), strict=False)))
    tt_url = hanweb_url(slides_col, ago(2))
    head_html = (f'<div class="toutiao"><h1><a href="{tt_url}" target="_blank">市委常委会召开会议 研究部署冬春季重点工作</a></h1>'
                 f'<p>11月18日，市委常委会召开会议，传达学习有关会议精神，研究部署今冬明春重点工作。<span class="date">{ago(2):%Y-%m-%d}</span></p></div>'
                 f'<div class="banner"><div class="swiper"><div class="swiper-wrapper">{slides}</div><div class="swiper-pagination"></div></div></div>')
    layout = ('<div class="row">{c0}{c1}</div><div class="row">{c2}</div><div class="row gk">{c3}{c4}{c5}{c6}</div>')
    hanweb_site("qingtai", "www.qingtai.gov.cn", "青台市人民政府", place, "5204000021", cols, layout, {}, Truth(
        status_full="stale", passed_full=False, must_full=("column_stale",),
        must_not_full=(*FRESH_NOT, "column_empty", "unanswered_messages", "future_dated"),
        status_home="healthy", passed_home=True, must_home=(), must_not_home=FRESH_NOT,
        last_updated_full=ago(2), last_updated_home=ago(2), columns=col_truths(cols),
        counts={"column_stale": 6}, homepage_newest=ago(2)),
        charset="gbk", date_styles={"区县动态": "md"}, head_html=head_html)


# ---- 4. 白水市: 政务公开 matrix with 6 empty columns ----------------------

def build_baishui() -> None:
    place = "市"
    cols = [
        hcol("白水要闻", "news", "yaowen", ago(0), 0.6, 3301, 10),
        hcol("部门动态", "news", "dept", ago(2), 1, 3302, 8),
        hcol("区县动态", "news", "county", ago(1), 0.4, 3303, 31),
        hcol("政策文件", "policy", "zcwj", ago(18), 14, 3304, 6),
        hcol("政策解读", "policy", "zcjd", None, 1, 3305, 6),
        hcol("通知公告", "notice", "notice", ago(4), 5, 3306, 6),
        hcol("人事信息", "personnel", "renshi", None, 1, 3307, 6),
        hcol("规划计划", "planning", "guihua", None, 1, 3308, 6),
        hcol("财政预决算", "finance", "caizheng", None, 1, 3309, 6),
        hcol("统计信息", "statistics", "tongji", ago(20), 30, 3310, 6),
        hcol("政府采购", "notice", "caigou", None, 1, 3311, 6),
        hcol("建议提案办理", "other", "jytabl", None, 1, 3312, 6),
        hcol("重点领域信息公开", "other", "zdly", ago(9), 12, 3313, 6),
    ]
    layout = ('<div class="row">{c0}{c1}</div><div class="row">{c2}</div>'
              '<div class="matrix"><h2>政务公开</h2><div class="m-row">{c3}{c4}{c5}</div><div class="m-row">{c6}{c7}{c8}</div>'
              '<div class="m-row">{c9}{c10}{c11}</div><div class="m-row">{c12}</div></div>')
    empty = {"政策解读": '<ul class="list"></ul>', "人事信息": '<div class="nodata">暂无信息</div>',
             "规划计划": '<ul class="list"><li class="empty">暂无内容</li></ul>', "财政预决算": '<p class="no-data">该栏目暂无信息</p>',
             "政府采购": '<ul class="list"></ul>', "建议提案办理": '<div class="nodata">暂无数据</div>'}
    hanweb_site("baishui", "www.baishui.gov.cn", "白水市人民政府", place, "5205000031", cols, layout, {}, Truth(
        status_full="stale", passed_full=False, must_full=("column_empty",),
        must_not_full=(*FRESH_NOT, "column_stale", "unanswered_messages", "future_dated"),
        status_home="healthy", passed_home=True, must_home=(), must_not_home=FRESH_NOT,
        last_updated_full=ago(0), last_updated_home=ago(0), columns=col_truths(cols),
        counts={"column_empty": 6}, homepage_newest=ago(0)),
        empty_htmls=empty)


# ---- 5. 红山市: 市长信箱 with letters 办理中 for 4-6 months ---------------

LETTER_ROWS = [  # (days ago, state) newest first; pages of 15
    (1, "办理中"), (3, "已办结"), (6, "办理中"), (9, "已办结"), (14, "已办结"), (21, "办理中"), (30, "已办结"), (44, "已办结"),
    (60, "已办结"), (87, "办理中"), (102, "已办结"), (141, "办理中"), (158, "办理中"), (176, "办理中"), (180, "已办结"),
    # page 2
    (188, "已办结"), (194, "办理中"), (201, "已办结"), (230, "已办结"), (260, "已办结"), (290, "已办结"), (320, "已办结"),
    (333, "已办结"), (340, "已办结"), (350, "已办结"), (355, "已办结"), (358, "已办结"), (360, "已办结"), (362, "已办结"), (364, "已办结"),
    # page 3
    (370, "已办结"), (380, "已办结"), (415, "办理中"), (430, "已办结"), (460, "已办结"), (490, "已办结"), (520, "已办结"), (540, "已办结"),
    (560, "已办结"), (580, "已办结"), (600, "已办结"), (620, "已办结"), (640, "已办结"), (660, "已办结"), (680, "已办结"),
]


def build_hongshan() -> None:
    place = "市"
    cols = [
        hcol("红山要闻", "news", "yaowen", ago(0), 0.5, 4401, 10),
        hcol("部门动态", "news", "dept", ago(1), 0.8, 4402, 8),
        hcol("区县动态", "news", "county", ago(0), 0.3, 4403, 32),
        hcol("通知公告", "notice", "notice", ago(6), 6, 4404, 8),
        hcol("政策文件", "policy", "zcwj", ago(11), 10, 4405, 7),
        hcol("政策解读", "policy", "zcjd", ago(12), 10, 4406, 7),
    ]
    letters = Col("市长信箱", "interaction", "letters", ago(1), 1, "/col/col4410/index.html", 8, 4410, message=True)
    lt = titles("letters", len(LETTER_ROWS), "红山")

    def row(i: int) -> str:
        days, state = LETTER_ROWS[i]
        cls = "ybj" if state == "已办结" else "blz"
        return (f'<tr><td>HS2026{5000 - i:05d}</td><td class="tit"><a href="/module/idea/que_content.jsp?webid=1&amp;id={88000 - i}" target="_blank">{lt[i]}</a></td>'
                f'<td>{ago(days):%Y-%m-%d}</td><td><span class="{cls}">{state}</span></td></tr>')
    home_rows = "".join(
        f'<li><a href="/module/idea/que_content.jsp?webid=1&amp;id={88000 - i}" target="_blank">{lt[i]}</a>'
        f'<span class="zt {"ybj" if LETTER_ROWS[i][1] == "已办结" else "blz"}">[{LETTER_ROWS[i][1]}]</span><span class="date">{ago(LETTER_ROWS[i][0]):%Y-%m-%d}</span></li>'
        for i in [0, 1, 2, 3, 5, 11, 12, 13])
    mid = (f'<div class="hdjl box"><div class="hd"><h3>互动交流</h3></div><div class="sub"><div class="hd"><h4>市长信箱</h4>'
           f'<a class="more" href="{letters.path}">更多</a></div><ul class="list">{home_rows}</ul>'
           f'<div class="btns"><a href="/module/idea/que_write.jsp?webid=1">我要写信</a><a href="/module/idea/que_search.jsp">信件查询</a></div></div></div>')
    sh, top, bottom = hanweb_chrome("红山市人民政府", "www.hongshan.gov.cn", place, "utf-8", "5206000041", "黔ICP备10001234号-2",
                                    "黔公网安备 52030202000456号", "红山市人民政府办公室")
    extra = {}
    for pg in range(3):
        rows = "".join(row(i) for i in range(pg * 15, pg * 15 + 15))
        nxt = f'<a href="index_{pg + 1}.html">下一页</a> ' if pg < 2 else ""
        prev = (f'<a href="{"index.html" if pg == 1 else f"index_{pg - 1}.html"}">上一页</a> ' if pg else "")
        html = (sh + "<body>" + top + '<div class="w1200 main"><div class="con-hd">市长信箱</div>'
                '<table class="xxlist"><tr><th>信件编号</th><th>信件标题</th><th>来信时间</th><th>办理状态</th></tr>'
                f'{rows}</table><div class="page">第{pg + 1}页/共12页 <a href="index.html">首页</a> {prev}{nxt}<a href="index_11.html">尾页</a></div></div>' + bottom)
        extra["/col/col4410/index.html" if pg == 0 else f"/col/col4410/index_{pg}.html"] = Page(html)
    layout = '<div class="row">{c0}{c1}</div><div class="row">{c2}</div><div class="row gk">{c3}{c4}{c5}</div>'
    hanweb_site("hongshan", "www.hongshan.gov.cn", "红山市人民政府", place, "5206000041", cols, layout, extra, Truth(
        status_full="healthy", passed_full=False, must_full=("unanswered_messages",),
        must_not_full=(*FRESH_NOT, "column_stale", "column_empty", "future_dated"),
        status_home="healthy", passed_home=True, must_home=(), must_not_home=FRESH_NOT,
        last_updated_full=ago(0), last_updated_home=ago(0),
        columns=[*col_truths(cols), ColTruth("市长信箱", "interaction", ago(1), False)],
        counts={"unanswered_messages": 4}, homepage_newest=ago(0)),
        mid_html=mid)


# ---- 7. 松原市: column pages slow (beyond the timeout) or 503 ------------

def build_songyuan() -> None:
    place = "市"
    cols = [
        hcol("松原要闻", "news", "yaowen", ago(0), 0.5, 6601, 10, status="slow"),
        hcol("部门动态", "news", "dept", ago(1), 0.8, 6602, 8, status="flaky503"),
        hcol("区县动态", "news", "county", ago(0), 0.3, 6603, 32, status="slow"),
        hcol("通知公告", "notice", "notice", ago(5), 6, 6604, 8, status="down503"),
        hcol("政策文件", "policy", "zcwj", ago(14), 10, 6605, 7, status="flaky503"),
        hcol("政策解读", "policy", "zcjd", ago(9), 10, 6606, 7),
        hcol("图解政策", "policy", "zcjd", ago(30), 20, 6607, 6, status="down503"),
        hcol("视频解读", "policy", "zcjd", ago(25), 20, 6608, 6, status="slow"),
    ]
    # 图解政策 and 视频解读 are tabs whose panels the homepage leaves empty
    # (filled on click from their column pages): not judged when those do not answer.
    layout = ('<div class="row">{c0}{c1}</div><div class="row">{c2}</div><div class="row gk">{c3}{c4}{c5}</div>')
    c6, c7 = cols[6], cols[7]
    lazy = "".join(
        f'<div class="lazy-tab" data-url="{c.path}"><div class="hd"><h3><a href="{c.path}">{c.name}</a></h3><a class="more" href="{c.path}">更多&gt;&gt;</a></div>'
        f'<div class="bd"><ul class="list" id="lazy{c.colid}"></ul></div></div>' for c in (c6, c7))
    lazy += ('<script>$(".lazy-tab").each(function(){var u=$(this).data("url"),ul=$(this).find("ul");'
             '$.get(u,function(h){ul.html($(h).find(".list li").slice(0,6));});});</script>')
    truths = [*col_truths(cols[:6]), ColTruth(c6.name, c6.ctype, None, False, judged=False), ColTruth(c7.name, c7.ctype, None, False, judged=False)]
    hanweb_site("songyuan", "www.songyuan.gov.cn", "松原市人民政府", place, "5207000061", cols[:6], layout, {}, Truth(
        status_full="healthy", passed_full=True, must_full=(),
        must_not_full=(*FRESH_NOT, "column_stale", "column_empty", "unanswered_messages", "future_dated"),
        status_home="healthy", passed_home=True, must_home=(), must_not_home=FRESH_NOT,
        last_updated_full=ago(0), last_updated_home=ago(0), columns=truths, homepage_newest=ago(0)),
        mid_html=lazy)
    sh, top, bottom = hanweb_chrome("松原市人民政府", "www.songyuan.gov.cn", place, "utf-8", "5207000061", "黔ICP备10001234号-2",
                                    "黔公网安备 52030202000456号", "松原市人民政府办公室")
    for i, c in enumerate((c6, c7)):
        SITES["songyuan"]["pages"][c.path] = Page(hanweb_column_page(sh, top, bottom, c, place, 4100 + i), behaviour=c.page_status)




# ---- 6. 兰溪市: a navigation homepage over section pages -----------------

def build_lanxi() -> None:
    host, place, site, charset = "www.lanxi.gov.cn", "市", "兰溪市人民政府", "utf-8"
    sh = head(site, charset, "兰溪市,兰溪市人民政府")

    def col_url(name: str, n: int) -> str:
        return f"/col/c{n:04d}/index.html"
    entries = [("新闻中心", "/xwzx/", "要闻 · 部门 · 区县"), ("政务公开", "/zwgk/", "政策 · 文件 · 公示"),
               ("政务服务", "https://zwfw.example.gov.cn/lanxi/", "个人 · 法人 · 一件事"), ("互动交流", "/hdjl/", "信箱 · 征集 · 访谈"),
               ("走进兰溪", "/zjlx/", "概况 · 历史 · 旅游")]
    tiles = "".join(f'<li class="e{i}"><a href="{u}" target="_blank">{svg(i)}<h2>{t}</h2><p>{d}</p></a></li>' for i, (t, u, d) in enumerate(entries))
    top = toolbar() + f'<div class="hd w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="{site}"></a></div>'
    bottom = footer(site, host, "5208000071", "黔ICP备11002345号-1", "黔公网安备 52080202000789号", "兰溪市人民政府办公室")
    home = (sh + '<body class="daohang">' + top +
            '<div class="dh-banner"><img src="/images/dh-bg.jpg" alt="兰溪欢迎您"></div>'
            '<div class="dh-search w1200"><form action="/jsearch/search.do"><input name="q" placeholder="搜索政策、服务、信息"><button>搜索</button></form>'
            '<p class="hot">热门搜索：<a href="/jsearch/search.do?q=社保">社保</a><a href="/jsearch/search.do?q=公积金">公积金</a><a href="/jsearch/search.do?q=招聘">招聘</a></p></div>'
            f'<ul class="dh-entry w1200">{tiles}</ul>' + bottom)
    pages = {"/": Page(home, charset)}
    sections = {
        "/xwzx/": ("新闻中心", [Col("兰溪要闻", "news", "yaowen", ago(1), 0.7, "/xwzx/lxyw/", 10),
                             Col("部门动态", "news", "dept", ago(2), 1, "/xwzx/bmdt/", 8),
                             Col("区县动态", "news", "county", ago(1), 0.4, "/xwzx/qxdt/", 12),
                             Col("通知公告", "notice", "notice", ago(5), 5, "/xwzx/tzgg/", 8)]),
        "/zwgk/": ("政务公开", [Col("政策文件", "policy", "zcwj", ago(12), 12, "/zwgk/zcwj/", 8),
                             Col("政策解读", "policy", "zcjd", ago(9), 12, "/zwgk/zcjd/", 8),
                             Col("人事信息", "personnel", "renshi", ago(30), 30, "/zwgk/rsxx/", 6),
                             Col("规划计划", "planning", "guihua", ago(60), 60, "/zwgk/ghjh/", 6),
                             Col("财政预决算", "finance", "caizheng", ago(45), 40, "/zwgk/czyjs/", 6)]),
        "/hdjl/": ("互动交流", [Col("征集调查", "interaction", "zhengji", ago(6), 15, "/hdjl/zjdc/", 5),
                             Col("在线访谈", "interaction", "fangtan", ago(10), 15, "/hdjl/zxft/", 5)]),
    }
    menu = megamenu(col_url)
    truths = []
    for spath, (sname, cols) in sections.items():
        side = "".join(f'<li><a href="{c.path}">{c.name}</a></li>' for c in cols)
        blocks = "".join(box(c, place, "trs") for c in cols)
        pages[spath] = Page(sh + "<body>" + top + menu + f'<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; {sname}</div>'
                            f'<div class="w1200 main"><div class="side"><h2>{sname}</h2><ul>{side}</ul></div><div class="con">{blocks}</div></div>' + bottom, charset)
        for c in cols:
            pages[c.path] = Page(trs_column_page(sh, top + menu, bottom, c, place), charset)
        truths += col_truths(cols)
    register("lanxi", host, site, pages, Truth(
        status_full="healthy", passed_full=True, must_full=(),
        must_not_full=("homepage_stale", "abandoned", "column_stale", "column_empty", "unanswered_messages", "future_dated"),
        status_home="healthy", passed_home=True, must_home=("undated",), must_not_home=("homepage_stale", "abandoned"),
        last_updated_full=ago(1), last_updated_home=None, columns=truths, homepage_newest=None))


# ---- 8. 天山自治区 (TRS, GBK): healthy, ~300 KB, year-less dates -----------

def build_tianshan() -> None:
    host, place, site, charset = "www.tianshan.gov.cn", "自治区", "天山维吾尔自治区人民政府", "gbk"
    cols = {
        "yw": Col("天山要闻", "news", "yaowen", ago(0), 0.5, "/xwzx/tsyw/", 12),
        "ld": Col("自治区领导活动", "news", "yaowen", ago(1), 1.5, "/xwzx/ldhd/", 8),
        "bm": Col("部门动态", "news", "dept", ago(0), 0.3, "/xwzx/bmdt/", 15),
        "dz": Col("地州市动态", "news", "county", ago(0), 0.25, "/xwzx/dzdt/", 36),
        "tz": Col("通知公告", "notice", "notice", ago(2), 3, "/zwgk/tzgg/", 10),
        "wj": Col("政策文件", "policy", "zcwj", ago(4), 5, "/zwgk/zcwj/", 8),
        "jd": Col("政策解读", "policy", "zcjd", ago(3), 6, "/zwgk/zcjd/", 8),
        "tj": Col("图解", "policy", "zcjd", ago(10), 12, "/zwgk/tj/", 6),
        "sp": Col("视频解读", "policy", "zcjd", ago(17), 20, "/zwgk/spjd/", 6),
        "rs": Col("人事任免", "personnel", "renshi", ago(23), 25, "/zwgk/rsrm/", 6),
        "gh": Col("规划计划", "planning", "guihua", ago(325), 40, "/zwgk/ghjh/", 6),
        "tjxx": Col("统计信息", "statistics", "tongji", ago(19), 10, "/zwgk/tjxx/", 6),
        "cg": Col("政府采购", "notice", "caigou", ago(1), 2, "/zwgk/zfcg/", 8),
    }

    def col_url(name: str, n: int) -> str:
        return f"/c/{n:05d}/index.html"
    sh = head(site, charset, "天山,天山维吾尔自治区人民政府")
    top = (toolbar() + f'<div class="hd w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="{site}"></a>'
           f'<div class="lang"><a href="/wy/">维吾尔文</a> <a href="/en/">English</a></div>'
           f'<form class="search" action="/guestweb4/s" target="_blank"><input name="searchWord" placeholder="请输入关键字"><button>搜索</button></form></div>'
           f'{megamenu(col_url, extra=3)}{mobile_menu(col_url)}')
    bottom = footer(site, host, "6500000001", "新ICP备05000123号", "新公网安备 65010202000321号", "天山维吾尔自治区人民政府办公厅")
    styles = {"bm": "md", "dz": "md", "gh": "md", "ld": "cn", "tz": "full"}
    blocks = {k: box(c, place, "trs", styles.get(k, "full")) for k, c in cols.items()}
    matrix = tabbox([cols["wj"], cols["jd"], cols["tj"], cols["sp"]], place, "trs", "政务公开")
    slides = "".join(f'<li><a href="{trs_url(cols["yw"], d)}" target="_blank"><img src="/xwzx/tsyw/{d:%Y%m}/W02{i}.jpg" alt="{t}"><span>{t}</span></a></li>'
                     for i, (t, d) in enumerate(zip(titles("yaowen", 6, place, 4), cols["yw"].dates(6), strict=False)))
    zj = Col("征集调查", "interaction", "zhengji", ago(3), 10, "/hdjl/zjdc/", 5)
    zj_rows = "".join(f'<li><a href="{trs_url(zj, d)}">{t}</a><span>{"进行中" if i < 2 else "已结束"}</span>'
                      f'<span class="date">截止日期：{d + timedelta(days=30):%Y-%m-%d}</span></li>'
                      for i, (t, d) in enumerate(zip(titles("zhengji", 5, place), zj.dates(5), strict=False)))
    ft_future = NOW + timedelta(days=5)
    hd = (f'<div class="hdjl box"><div class="hd"><h3>互动交流</h3></div>'
          f'<div class="sub"><div class="hd"><h4>征集调查</h4><a class="more" href="{zj.path}">更多</a></div><ul class="list">{zj_rows}</ul></div>'
          f'<div class="sub ft"><h4>在线访谈</h4><div class="yugao"><a href="/hdjl/zxft/202611/t20261119_7100001.html">访谈预告：自治区人社厅负责人谈冬季就业服务</a>'
          f'<p>访谈时间：{ft_future.year}年{ft_future.month}月{ft_future.day}日（星期三）上午10:00</p></div></div>'
          f'<div class="sub"><a href="/hdjl/ldxx/"><img src="/images/ldxx.png" alt="领导信箱"></a><a href="https://12345.example.gov.cn/" target="_blank"><img src="/images/12345.png" alt="12345热线"></a></div></div>')
    home = (sh + '<body class="index">' + top +
            f'<div class="w1200 main"><div class="focus"><ul class="slides">{slides}</ul></div>{blocks["yw"]}{blocks["ld"]}'
            f'<div class="row">{blocks["bm"]}{blocks["dz"]}</div><div class="zwgk">{matrix}{blocks["tz"]}{blocks["rs"]}{blocks["gh"]}{blocks["tjxx"]}{blocks["cg"]}</div>'
            f'{services_grid("https://zwfw.tianshan.gov.cn")}{theme_services()}{hd}{data_widget(place)}'
            f'{zhuanti_grid(place, [(t, f"/ztzl/zt{i:02d}/") for i, t in enumerate(titles("zhuanti", 8, place))])}{dept_grid(place)}</div>' + bottom)
    pages = {"/": Page(home, charset)}
    for c in [*cols.values(), zj]:
        pages[c.path] = Page(trs_column_page(sh, top, bottom, c, place), charset)
    order = ["yw", "ld", "bm", "dz", "wj", "jd", "tj", "sp", "tz", "rs", "gh", "tjxx", "cg"]
    register("tianshan", host, site, pages, Truth(
        status_full="healthy", passed_full=True, must_full=(),
        must_not_full=("homepage_stale", "column_stale", "column_empty", "unanswered_messages", "future_dated", "undated", "abandoned"),
        status_home="healthy", passed_home=True, must_home=(), must_not_home=FRESH_NOT,
        last_updated_full=ago(0), last_updated_home=ago(0), columns=[*col_truths([cols[k] for k in order]), *col_truths([zj])],
        homepage_newest=ago(0)))


build_jiangchuan()
build_yunling()
build_qingtai()
build_baishui()
build_hongshan()
build_lanxi()
build_songyuan()
build_tianshan()
