"""Which of a page's messages are the site's own (`check.own_messages`)."""

from __future__ import annotations

from datetime import date

from crawler.check import collect_messages, own_messages
from crawler.models import Message, PageObservations

DAY = date(2026, 9, 1)


def test_letters_on_the_sites_alias_or_its_former_host_are_its_own() -> None:
    """A site's homepage moved (site.url http://www.oldcounty.gov.cn redirected to
    www.newcounty.gov.cn) or its letter box on a host the site list names as its own
    (aliases): those letters are the site's, only another site's are not."""
    messages = (
        Message("关于小区停车难的问题", DAY, False, "http://www.oldcounty.gov.cn/hdjl/1.html"),
        Message("关于道路积水的问题", DAY, False, "https://www.xzhd-county.cn/letter/2.html"),
        Message("关于噪音扰民的投诉", DAY, False, "https://12345.city.gov.cn/order/3.html"),
        Message("关于路灯不亮的问题", DAY, False, "https://www.newcounty.gov.cn/hdjl/4.html"),
    )
    home = "https://www.newcounty.gov.cn/"
    also = ("www.oldcounty.gov.cn", "www.xzhd-county.cn")
    kept = [m.title for m in own_messages(messages, home, also)]
    assert kept == ["关于小区停车难的问题", "关于道路积水的问题", "关于路灯不亮的问题"]
    page = PageObservations(messages=messages)
    assert [m.title for m in collect_messages(page, [], home, also)] == kept
    # Without them, as before: only the homepage's own host.
    assert [m.title for m in own_messages(messages, home)] == ["关于路灯不亮的问题"]
