"""Bytes -> text: BOM, HTTP charset, <meta charset>, UTF-8, then detection."""

from __future__ import annotations

import codecs

import pytest

from crawler.decode import decode_body, parser_input

# A realistic county-government portal homepage (simplified Chinese, ~2 KB in GBK).
GOV_SIMPLIFIED_BODY = """<body>
<div class="top">欢迎访问海门区人民政府门户网站！今天是：2026年11月20日 星期五</div>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | \
<a href="/zmhd/">政民互动</a> | <a href="/bsfw/">办事服务</a> | <a href="/zjhm/">走进海门</a></div>
<div class="news"><h2>政务要闻</h2><ul>
<li><a href="/art/2026/11/20/art_1.html">区委常委会召开会议 传达学习省委全会精神 研究部署当前重点工作</a>
<span>2026-11-20</span></li>
<li><a href="/art/2026/11/19/art_2.html">区政府召开第五十七次常务会议 审议通过《海门区城市更新行动实施方案》</a>
<span>2026-11-19</span></li>
<li><a href="/art/2026/11/18/art_3.html">全区安全生产暨消防安全工作会议召开 压紧压实各方责任 坚决遏制重特大事故发生</a>
<span>2026-11-18</span></li>
<li><a href="/art/2026/11/17/art_4.html">我区举行重大产业项目集中签约仪式 总投资超过一百二十亿元</a>
<span>2026-11-17</span></li>
<li><a href="/art/2026/11/16/art_5.html">区领导督查秋冬季大气污染防治工作 强调要突出精准治污科学治污依法治污</a>
<span>2026-11-16</span></li>
</ul></div>
<div class="notice"><h2>通知公告</h2><ul>
<li><a href="/art/2026/11/15/art_6.html">关于开展二〇二六年度行政事业单位国有资产清查工作的通知</a></li>
<li><a href="/art/2026/11/14/art_7.html">海门区人力资源和社会保障局关于公开招聘社区工作者的公告</a></li>
<li><a href="/art/2026/11/13/art_8.html">关于征求《海门区农村人居环境整治提升五年行动方案（征求意见稿）》意见的公告</a></li>
<li><a href="/art/2026/11/12/art_9.html">区市场监督管理局关于二〇二六年第三季度食品安全监督抽检情况的通报</a></li>
</ul></div>
<div class="service"><h2>办事服务</h2>
<p>个人办事：生育收养、户籍办理、教育培训、就业创业、社会保障、医疗卫生、住房保障、婚姻登记。</p>
<p>法人办事：设立变更、准营准办、资质认证、年检年审、税收财务、人力资源、抵押质押、破产注销。</p>
</div>
<div class="footer">
<p>主办单位：南通市海门区人民政府办公室　承办单位：南通市海门区大数据管理局</p>
<p>地址：南通市海门区北京中路一号　邮编：226100　联系电话：0513-82211234</p>
<p>网站标识码：3206840001　苏ICP备05012345号　苏公网安备32068402000123号</p>
</div>
</body>
</html>
"""

# A realistic Taipei city portal homepage (traditional Chinese, ~1.4 KB in Big5).
GOV_TRADITIONAL_BODY = """<body>
<div class="top">歡迎光臨臺北市政府全球資訊網　今天是民國一一五年十一月二十日</div>
<div class="nav"><a href="/">首頁</a> | <a href="/news/">市政新聞</a> | \
<a href="/service/">便民服務</a> | <a href="/open/">政府資訊公開</a></div>
<div class="news"><h2>市政新聞</h2><ul>
<li><a href="/News_Content.aspx?n=1">市長主持市政會議　聽取年度預算編列報告並指示各局處落實撙節原則</a></li>
<li><a href="/News_Content.aspx?n=2">北市推動社會住宅興建計畫　第二期工程今日舉行動土典禮</a></li>
<li><a href="/News_Content.aspx?n=3">強化防災整備　市府舉辦颱風暨豪雨災害防救演練</a></li>
<li><a href="/News_Content.aspx?n=4">臺北市立圖書館推出數位閱讀服務　市民可線上借閱電子書</a></li>
<li><a href="/News_Content.aspx?n=5">交通局宣布公車路線調整　自下月起實施並加開尖峰班次</a></li>
</ul></div>
<div class="notice"><h2>公告事項</h2><ul>
<li><a href="/Notice.aspx?n=6">公告本府所屬機關學校辦理年終考績作業相關事宜</a></li>
<li><a href="/Notice.aspx?n=7">修正臺北市建築管理自治條例部分條文草案預告</a></li>
<li><a href="/Notice.aspx?n=8">本市各區公所辦理低收入戶及中低收入戶資格年度總清查</a></li>
</ul></div>
<div class="footer">
<p>臺北市政府　地址：臺北市信義區市府路一號　市民當家熱線：一九九九</p>
<p>本網站著作權屬於臺北市政府所有　建議使用新版瀏覽器瀏覽本網站</p>
</div>
</body>
</html>
"""

ENGLISH_BODY = """<body>
<div id="header"><h1>Welcome to Ashford County Council</h1>
<p>\u201cServing our residents since 1889\u201d \u2013 your council\u2019s online home.</p></div>
<ul id="news">
<li><a href="/news/1">Caf\u00e9 licences: new r\u00e9sum\u00e9 of outdoor seating rules</a></li>
<li><a href="/news/2">Council tax bands for 2026\u201327 \u2014 what\u2019s changing</a></li>
<li><a href="/news/3">Recycling centre fees rise to \u00a35 (\u20ac6) per visit</a></li>
</ul>
<p id="footer">\u00a9 Ashford County Council. All rights reserved.</p>
</body></html>
"""


def page(title: str, body: str, head: str = "") -> str:
    return f"<!DOCTYPE html>\n<html>\n<head>\n{head}<title>{title}</title>\n</head>\n{body}"


SIMPLIFIED_TITLE = "江苏省南通市海门区人民政府门户网站"
TRADITIONAL_TITLE = "臺北市政府全球資訊網"


# --- GBK family -----------------------------------------------------------------


@pytest.mark.parametrize("label", ["gb2312", "GBK", "gb18030", "x-gbk"])
def test_gbk_page_declared_by_meta_only(label: str) -> None:
    html = page(SIMPLIFIED_TITLE, GOV_SIMPLIFIED_BODY, f'<meta charset="{label}">\n')
    text, encoding = decode_body(html.encode("gbk"), "")
    assert text == html
    assert encoding == "gb18030"


def test_gbk_page_declared_by_http_equiv_meta() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
    html = page(SIMPLIFIED_TITLE, GOV_SIMPLIFIED_BODY, head)
    text, encoding = decode_body(html.encode("gbk"), "")
    assert text == html
    assert encoding == "gb18030"


def test_gb2312_label_decodes_gbk_and_gb18030_characters() -> None:
    # 镕 is GBK but not GB2312; 𠮷 needs GB18030's four-byte form. Browsers read
    # a "gb2312" page with the GB18030 decoder, and so must we.
    html = page("人物简介", "<body><p>朱镕基 𠮷野家</p></body></html>", '<meta charset="gb2312">')
    text, encoding = decode_body(html.encode("gb18030"), "")
    assert text == html
    assert encoding == "gb18030"


def test_gbk_page_without_any_declaration_is_detected() -> None:
    html = page(SIMPLIFIED_TITLE, GOV_SIMPLIFIED_BODY)
    body = html.encode("gbk")
    assert 1000 < len(body) < 3000
    text, encoding = decode_body(body, "")
    assert text == html
    assert encoding == "gb18030"


def test_http_says_utf8_but_body_is_gbk_with_meta() -> None:
    html = page(SIMPLIFIED_TITLE, GOV_SIMPLIFIED_BODY, '<meta charset="gbk">\n')
    text, encoding = decode_body(html.encode("gbk"), "utf-8")
    assert text == html
    assert encoding == "gb18030"


@pytest.mark.parametrize("http_charset", ["iso-8859-1", "ISO-8859-1", "latin1", "us-ascii"])
def test_western_default_from_server_loses_to_gbk_meta(http_charset: str) -> None:
    # Tomcat's default ISO-8859-1 next to a page that declares GBK: trust the page.
    head = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n'
    html = page(SIMPLIFIED_TITLE, GOV_SIMPLIFIED_BODY, head)
    text, encoding = decode_body(html.encode("gbk"), http_charset)
    assert encoding == "gb18030"
    assert SIMPLIFIED_TITLE in text
    assert text == html


# --- Big5 -----------------------------------------------------------------------


@pytest.mark.parametrize("label", ["big5", "Big5", "big5-hkscs", "cp950"])
def test_big5_page_declared_by_meta_only(label: str) -> None:
    html = page(TRADITIONAL_TITLE, GOV_TRADITIONAL_BODY, f'<meta charset="{label}">\n')
    text, encoding = decode_body(html.encode("big5"), "")
    assert text == html
    assert encoding == "big5hkscs"


def test_big5_page_without_any_declaration_is_detected() -> None:
    html = page(TRADITIONAL_TITLE, GOV_TRADITIONAL_BODY)
    body = html.encode("big5")
    assert 1000 < len(body) < 3000
    text, encoding = decode_body(body, "")
    assert text == html
    assert encoding == "big5hkscs"


# --- UTF-8 ----------------------------------------------------------------------


def test_utf8_bom_wins_over_a_wrong_http_charset() -> None:
    html = page(SIMPLIFIED_TITLE, GOV_SIMPLIFIED_BODY, '<meta charset="gbk">\n')
    text, encoding = decode_body(b"\xef\xbb\xbf" + html.encode("utf-8"), "gbk")
    assert text == html  # the BOM itself is not part of the text
    assert encoding == "utf_8"


def test_undeclared_utf8_is_utf8() -> None:
    html = page(SIMPLIFIED_TITLE, GOV_SIMPLIFIED_BODY)
    text, encoding = decode_body(html.encode("utf-8"), "")
    assert text == html
    assert encoding == "utf_8"


@pytest.mark.parametrize(
    ("http_charset", "head"),
    [("", ""), ("", '<meta charset="utf-8">\n'), ("UTF-8", "")],
)
def test_body_cut_inside_a_multibyte_character_is_still_utf8(http_charset: str, head: str) -> None:
    html = page(SIMPLIFIED_TITLE, GOV_SIMPLIFIED_BODY, head)
    whole = html.encode("utf-8")
    # Cut 1 and 2 bytes into a three-byte character, as the size cap may.
    start = whole.index("承办单位".encode())
    for cut in (start + 1, start + 2):
        text, encoding = decode_body(whole[:cut], http_charset)
        assert encoding == "utf_8"
        assert text == whole[:start].decode("utf-8")
        assert "\ufffd" not in text


# --- Western pages --------------------------------------------------------------


def test_windows_1252_page_declared_by_meta() -> None:
    html = page("Ashford County Council", ENGLISH_BODY, '<meta charset="windows-1252">\n')
    text, encoding = decode_body(html.encode("cp1252"), "")
    assert text == html
    assert encoding == "cp1252"
    assert "\u201cServing" in text and "council\u2019s" in text


def test_windows_1252_page_labelled_iso_8859_1_by_the_server() -> None:
    # WHATWG: the label "iso-8859-1" means windows-1252, so 0x93/0x94 are curly quotes,
    # not C1 control characters.
    html = page("Ashford County Council", ENGLISH_BODY)
    text, encoding = decode_body(html.encode("cp1252"), "iso-8859-1")
    assert encoding == "cp1252"
    assert text == html


def test_undeclared_windows_1252_page_decodes_to_the_right_text() -> None:
    html = page("Ashford County Council", ENGLISH_BODY)
    text, _ = decode_body(html.encode("cp1252"), "")
    assert text == html


def test_parser_input_is_the_body_only_when_it_is_all_utf8() -> None:
    # lexbor reads bytes as UTF-8: the body itself stands for its text only when every
    # byte of it decoded as UTF-8 (not cut inside a character, no BOM, not GBK).
    page = "<html><body>政务公开 2026-11-24</body></html>".encode()
    assert parser_input(page) == (page, "utf_8")
    for body, charset in (
        (page[:-20] + "中".encode()[:2], ""),
        (codecs.BOM_UTF8 + page, ""),
        (page.decode().encode("gb18030"), "gbk"),
    ):
        text, encoding = parser_input(body, charset)
        assert (text, encoding) == decode_body(body, charset)


@pytest.mark.parametrize(
    ("http_charset", "codec"),
    [
        ("utf-16le", "utf-16-le"),
        ("UTF-16LE", "utf-16-le"),
        ("utf-16be", "utf-16-be"),
        ("utf-16", "utf-16-le"),  # no BOM: little-endian, as Windows writes "Unicode"
        ("utf-16", "utf-16-be"),  # ... unless its NULs come first
    ],
)
def test_utf16_declared_by_http_without_bom(http_charset: str, codec: str) -> None:
    # Browsers honour the header's UTF-16 (only a <meta> saying so means UTF-8); read as
    # UTF-8, the page was ASCII and NULs: no title, no dates, no columns.
    page = "<html><head><title>示例县人民政府</title></head><body><p>2026-11-20</p></body></html>"
    text, _ = decode_body(page.encode(codec), http_charset)
    assert text == page


def test_utf16_header_over_an_ascii_based_page_is_ignored() -> None:
    page = "<html><head><title>示例县人民政府</title></head></html>"
    assert decode_body(page.encode("utf-8"), "utf-16")[0] == page
