"""A box of another site's news whose lists its tabs name (a county's 中国政府网 box
over 要闻 and 政策 tabs of www.gov.cn items): the sweep finds it by its heading and
leaves its dates out; the full scan named its columns by the tabs only, so their
gov.cn dates dated a dead county's homepage and columns today (review13)."""

from __future__ import annotations

from datetime import date

from crawler.extract import observe

NOW = date(2026, 11, 26)
URL = "http://www.mouxian.gov.cn/"


def _item(path: str, title: str, day: str) -> str:
    return (
        f'<li><a href="https://www.gov.cn/{path}/2026{day[:2]}/content_{day}.htm">{title}</a>'
        f"<span>2026-{day[:2]}-{day[2:]}</span></li>"
    )


def _page() -> bytes:
    news = "".join(
        _item("yaowen", f"国务院常务会议研究部署{t}工作", d)
        for t, d in [("甲", "1125"), ("乙", "1124"), ("丙", "1123")]
    )
    policy = "".join(
        _item("zhengce", f"国务院办公厅关于印发{t}方案的通知", d)
        for t, d in [("甲", "1122"), ("乙", "1121")]
    )
    own = "".join(
        f'<li><a href="/xwdt/2024{m}/t2024{m}{d}_1.html">县政府召开{t}常务会议</a>'
        f"<span>2024-{m}-{d}</span></li>"
        for t, m, d in [("甲", "03", "18"), ("乙", "03", "10"), ("丙", "02", "01")]
    )
    return f"""<html lang="zh-CN"><head><title>某某县人民政府</title></head><body>
<div class="head">某某县人民政府</div>
<div class="box"><h3>本县要闻</h3><a href="/xwdt/">更多</a><ul>{own}</ul></div>
<div class="box"><div class="tit">中国政府网</div>
<div class="tabs"><span>要闻</span><span>政策</span></div>
<div class="con"><ul>{news}</ul><ul>{policy}</ul></div></div>
<div class="foot">版权所有 某某县人民政府</div></body></html>""".encode()


def test_tabbed_box_of_gov_cn_news_dates_nothing_at_either_depth() -> None:
    sweep = observe(_page(), "utf-8", URL, now=NOW, lists=False)
    full = observe(_page(), "utf-8", URL, now=NOW, lists=True)
    assert sweep.newest_item == date(2024, 3, 18)
    assert full.newest_item == date(2024, 3, 18)
    assert all(column.newest is None for column in full.columns if column.name in ("要闻", "政策"))


def test_tabbed_box_of_own_news_keeps_its_dates() -> None:
    # The same box under the county's own heading: its tabs' items date the page.
    page = _page().replace("中国政府网".encode(), "政务动态".encode())
    full = observe(page, "utf-8", URL, now=NOW, lists=True)
    assert full.newest_item == date(2026, 11, 25)


def test_nested_boxes_of_another_sites_news_are_taken_out_once() -> None:
    """中国政府网 around 国务院信息, both of www.gov.cn items: the sweep finds both boxes
    and takes the outer one out with the inner (review 13: the inner one's node was
    decomposed after its parent's, in freed memory); the dead homepage stays dated by its
    own list."""
    from datetime import date

    from crawler.extract import observe

    items = "".join(
        f'<li><a href="http://www.gov.cn/yaowen/liebiao/202611/content_70123{d}.htm">'
        f"国务院第{d}次常务会议研究部署有关工作</a><span>2026-11-{d}</span></li>"
        for d in (21, 22, 23, 24, 25)
    )
    page = (
        "<html><body><div class='box'><h3>本县要闻</h3><ul>"
        "<li><a href='/bxyw/202403/t20240318_1.html'>县长主持召开县政府常务会议</a>"
        "<span>2024-03-18</span></li><li><a href='/bxyw/202403/t20240310_2.html'>"
        "全县春季植树造林工作部署会召开</a><span>2024-03-10</span></li></ul></div>"
        f"<div id='wrap'><h3>中国政府网</h3><div id='tab1'><h4>国务院信息</h4><ul>{items}</ul>"
        f"</div><ul>{items}</ul></div></body></html>"
    )
    for _ in range(50):
        seen = observe(page.encode(), "utf-8", "http://www.mouxian.gov.cn/", "text/html",
                       date(2026, 11, 25), lists=False)  # fmt: skip
        assert seen.newest_item == date(2024, 3, 18)
