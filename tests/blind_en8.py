"""Blind evaluation, English-language public-sector sites, round 8.

Ten sites written from how such sites are built today (CivicPlus/CivicEngage,
Drupal with the USWDS theme, Finalsite, OpenCities, a New Zealand council with
te reo Maori headings, a Canada.ca-style municipality, an Irish county council on
LocalGov Drupal, a tiny WordPress parish council, a Granicus govAccess city with
five empty sections, a UK city council whose public-health blog writes about
gambling harm).  The truth below (status, findings, columns) was written with the
pages, before any scan.

NOW is 2026-11-25 (a Wednesday).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


@dataclass
class Col:
    name: str                       # the heading as the page shows it (matched case-insensitively, by containment)
    types: tuple[str, ...]          # acceptable types (one unless an inspector could argue either)
    newest: tuple[dt.date, dt.date] | None = None   # acceptable range of the column's newest date; None: no date to check
    empty: bool = False
    required: bool = True           # must the crawler find it as a column?
    note: str = ""


@dataclass
class Truth:
    status: str
    passed: bool
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()


@dataclass
class Site:
    key: str
    host: str
    name: str
    pages: dict[str, str]
    full: Truth
    home: Truth
    columns: list[Col]
    home_newest: tuple[dt.date, dt.date] | None   # acceptable range of the homepage's newest item date (None: no dated item)
    page_dates: dict[str, dt.date | None] = field(default_factory=dict)   # path -> the article page's own date
    empty_count: int | None = None  # exact number of empty columns, when the site has some


def one(day: str) -> tuple[dt.date, dt.date]:
    return (d(day), d(day))


# --------------------------------------------------------------------------------------
# shared bits of chrome
# --------------------------------------------------------------------------------------

def _links(items: list[str], base: str, cls: str = "") -> str:
    out = []
    for t in items:
        slug = t.lower().replace("&amp;", "and").replace(" ", "-").replace("'", "").replace(",", "").replace("/", "-")
        out.append(f'<li{cls}><a href="{base}{slug}">{t}</a></li>')
    return "\n".join(out)


BIG_CSS = "\n".join(
    f".c{i}{{margin:{i % 7}px {i % 5}px;padding:{i % 3}px;color:#{(i * 2654435761) % 0xFFFFFF:06x};"
    f"font-size:{12 + i % 6}px;line-height:1.{i % 9}}}"
    for i in range(260)
)


def gtm(id_: str) -> str:
    return (
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
        "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
        "j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);"
        f"}})(window,document,'script','dataLayer','{id_}');</script>"
    )


# --------------------------------------------------------------------------------------
# 1. CivicPlus / CivicEngage county: healthy
# --------------------------------------------------------------------------------------

CP_HOST = "www.harlanridgeks.test"

_cp_menu = {
    "Government": ["Board of County Commissioners", "County Administrator", "County Clerk", "County Treasurer",
                   "Register of Deeds", "County Attorney", "District Court", "Elections", "Agendas &amp; Minutes",
                   "Budget &amp; Finance", "Boards &amp; Committees", "Ordinances &amp; Resolutions"],
    "Departments": ["Appraiser", "Emergency Management", "Health Department", "Human Resources", "Planning &amp; Zoning",
                    "Public Works", "Road &amp; Bridge", "Sheriff's Office", "Solid Waste", "Extension Office",
                    "Noxious Weed", "GIS Mapping"],
    "Residents": ["Pay Property Taxes", "Vehicle Registration", "Trash &amp; Recycling", "Burn Permits",
                  "Road Conditions", "Parks &amp; Recreation", "Senior Services", "Voter Information"],
    "Business": ["Bid Postings", "Building Permits", "Economic Development", "Liquor Licenses", "Zoning Maps"],
    "How Do I...": ["Apply For", "Contact", "Find", "Pay For", "Register", "Report", "Request", "Sign Up", "Submit"],
}


def _cp_nav() -> str:
    parts = []
    for i, (top, subs) in enumerate(_cp_menu.items()):
        base = "/" + str(100 + i) + "/"
        parts.append(
            f'<li class="topMenuItem" id="navTopMenuItem{100 + i}"><a class="navMainItem mainNavItem" '
            f'href="{base}{top.split()[0]}">{top}</a>'
            f'<div class="megaMenu" id="megaMenu{i}"><ul class="megaMenuItem">{_links(subs, base, " class=megaMenuLink")}</ul></div></li>'
        )
    return '<nav id="nav" aria-label="Main Navigation"><ul id="mainNav" class="nav">' + "".join(parts) + "</ul></nav>"


def _cp_news_items(with_desc: bool) -> str:
    items = [
        ("1488", "County Offices Closed for Thanksgiving", "November 20, 2026",
         "All Harlan Ridge County offices, including the Transfer Station, will be closed Thursday, November 26 and Friday, November 27."),
        ("1487", "2027 Budget Adopted by Board of County Commissioners", "November 17, 2026",
         "The Board adopted the 2027 budget at its November 16 meeting. The mill levy is unchanged from 2026."),
        ("1485", "Winter Weather Preparedness: Snow Routes and Road Priorities", "November 12, 2026",
         "Road &amp; Bridge crews have prepared 312 lane miles of snow routes. See the priority map before the first storm."),
        ("1481", "Household Hazardous Waste Collection Results", "November 4, 2026",
         "Residents dropped off more than 18 tons of paint, batteries and chemicals at the fall collection event."),
        ("1478", "Early Voting Locations for the General Election", "October 22, 2026",
         "Advance in-person voting is available at the Courthouse Annex and the Fairgrounds Exhibition Hall."),
    ]
    out = []
    for aid, title, posted, desc in items:
        desc_html = f'<div class="widgetBody"><p class="widgetDesc">{desc}</p></div>' if with_desc else ""
        out.append(
            f'<li class="widgetItem h-entry"><h3 class="widgetTitle p-name"><a href="/CivicAlerts.aspx?AID={aid}" class="u-url">{title}</a></h3>'
            f"{desc_html}"
            f'<div class="widgetMeta"><span class="subhead2 dt-published">Posted on: {posted}</span></div>'
            f'<a class="readOn" href="/CivicAlerts.aspx?AID={aid}" aria-label="Read on... {title}">Read on...</a></li>'
        )
    return "\n".join(out)


def _cp_head(title: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="description" content="Official website of Harlan Ridge County, Kansas">'
        '<link rel="stylesheet" href="/Assets/Styles/Print.css" media="print">'
        '<link rel="stylesheet" href="/-1544/Theme/Styles?v=637812345">'
        '<link rel="stylesheet" href="/Assets/Styles/Widgets/widgets.min.css?v=202611">'
        '<script src="/Assets/Scripts/jQuery/jquery-3.6.0.min.js"></script>'
        '<script src="/Assets/Scripts/Widgets/widgets.min.js?v=202611"></script>'
        f"<style>{BIG_CSS}</style>" + gtm("GTM-K7Q2XR") +
        "<script>var intCountyID = 1544; var strCulture = 'en-US'; var isFrontEnd = true;"
        "window.CP = window.CP || {}; CP.ModuleID = 75; CP.pageID = 1;</script></head>"
    )


def _cp_footer() -> str:
    return (
        '<footer id="footer" class="siteFooter"><div class="footerColumns">'
        '<div class="footerCol"><h2>Contact Us</h2><p>Harlan Ridge County Courthouse<br>400 N Main St<br>Harlan Ridge, KS 67000</p>'
        '<p>Phone: <a href="tel:6205550100">620-555-0100</a><br>Hours: Monday - Friday, 8 a.m. - 5 p.m.</p></div>'
        '<div class="footerCol"><h2>Quick Links</h2><ul>'
        + _links(["Agendas &amp; Minutes", "Bid Postings", "Careers", "Property Search", "Road Conditions", "Sheriff Inmate Roster"], "/QuickLinks.aspx?CID=")
        + '</ul></div><div class="footerCol"><h2>Site Links</h2><ul>'
        + _links(["Home", "Site Map", "Accessibility", "Copyright Notices", "Privacy Policy"], "/")
        + '</ul></div></div><div class="poweredBy">Government Websites by <a href="https://www.civicplus.com/">CivicPlus&reg;</a></div>'
        '<p class="copyright">&copy; 2026 Harlan Ridge County, KS</p></footer>'
        '<script src="/Assets/Scripts/Slideshow/slideshow.min.js"></script>'
        '<script>$(function(){ if (window.CP && CP.initAlertCenter) { CP.initAlertCenter(); } });</script>'
    )


def cp_home() -> str:
    return (
        _cp_head("Harlan Ridge County, KS | Official Website")
        + '<body class="home"><a class="skipToContentLink" href="#cpsys_contentArea">Skip to Main Content</a>'
        '<div id="divToolbars"><div class="cpToolbars"><a href="/CivicAlerts.aspx" class="alertsIcon">Alerts</a>'
        '<a href="/list.aspx" id="notifyMeLink">Notify Me&reg;</a><a href="/Search">Search</a>'
        '<div id="google_translate_element"></div></div></div>'
        '<header id="bannerDiv"><a href="/" id="logo"><img src="/ImageRepository/Document?documentID=12" alt="Harlan Ridge County Kansas Homepage"></a>'
        + _cp_nav() + "</header>"
        '<div id="bannerImages" class="slideshow"><img src="/ImageRepository/Document?documentID=801" alt="Courthouse at sunset">'
        '<img src="/ImageRepository/Document?documentID=802" alt="Wheat harvest near Harlan Ridge"></div>'
        '<main id="cpsys_contentArea"><div class="row">'
        # Graphic buttons
        '<div class="widget graphicButtons"><ul>'
        + _links(["Pay Taxes Online", "Agenda Center", "Notify Me", "Jobs", "Report a Concern", "Maps"], "/")
        + "</ul></div>"
        # Alert Center
        '<section class="widget alertCenterWidget" id="alertCenterWidget"><h2 class="widgetHeader">Alert Center</h2>'
        '<div class="widgetBody"><p class="noItems">There are no active alerts at this time.</p></div>'
        '<a class="viewAll" href="/AlertCenter.aspx">View All Alerts</a></section>'
        # News Flash
        '<section class="widget newsFlash" id="newsFlashWidget"><h2 class="widgetHeader">News Flash</h2>'
        '<ol class="widgetBody">' + _cp_news_items(True) + "</ol>"
        '<a class="viewAll" href="/CivicAlerts.aspx">View All</a> <a class="rss" href="/RSSFeed.aspx?ModID=1&amp;CID=All-newsflash.xml">RSS</a></section>'
        # Agenda Center widget: the meeting's day (ahead for the next one), then the posted stamp
        '<section class="widget agendaWidget" id="agendaWidget"><h2 class="widgetHeader">Agenda Center</h2><ul class="widgetBody">'
        '<li class="widgetItem"><a href="/AgendaCenter/ViewFile/Agenda/_12012026-611">Board of County Commissioners Regular Meeting</a>'
        '<div class="widgetMeta">Meeting: Dec 1, 2026 &mdash; Posted Nov 24, 2026 4:12 PM</div></li>'
        '<li class="widgetItem"><a href="/AgendaCenter/ViewFile/Agenda/_11192026-608">Planning Commission</a>'
        '<div class="widgetMeta">Meeting: Nov 19, 2026 &mdash; Posted Nov 13, 2026 9:30 AM</div></li>'
        '<li class="widgetItem"><a href="/AgendaCenter/ViewFile/Minutes/_11162026-605">Board of County Commissioners Minutes</a>'
        '<div class="widgetMeta">Meeting: Nov 16, 2026 &mdash; Posted Nov 18, 2026 2:05 PM</div></li>'
        '<li class="widgetItem"><a href="/AgendaCenter/ViewFile/Agenda/_11102026-602">Emergency Management Advisory Board</a>'
        '<div class="widgetMeta">Meeting: Nov 10, 2026 &mdash; Posted Nov 5, 2026 11:00 AM</div></li></ul>'
        '<a class="viewAll" href="/AgendaCenter">View All Agendas</a></section>'
        # Calendar: upcoming only
        '<section class="widget calendarWidget" id="calendarWidget"><h2 class="widgetHeader">Upcoming Events</h2><ol class="widgetBody">'
        '<li class="widgetItem h-event"><a href="/Calendar.aspx?EID=3320" class="p-name">Courthouse Holiday Lighting</a>'
        '<div class="widgetMeta"><span class="dt-start">November 30, 2026, 6:00 PM - 7:30 PM</span></div></li>'
        '<li class="widgetItem h-event"><a href="/Calendar.aspx?EID=3312" class="p-name">Board of County Commissioners</a>'
        '<div class="widgetMeta"><span class="dt-start">December 1, 2026, 9:00 AM</span></div></li>'
        '<li class="widgetItem h-event"><a href="/Calendar.aspx?EID=3318" class="p-name">Conservation District Annual Meeting</a>'
        '<div class="widgetMeta"><span class="dt-start">December 8, 2026, 12:00 PM - 2:00 PM</span></div></li></ol>'
        '<a class="viewAll" href="/Calendar.aspx">View All Events</a></section>'
        # Notify Me promo
        '<section class="widget editorWidget"><h2>Notify Me&reg;</h2><p>Sign up to receive email or text alerts about '
        'News Flash items, agendas, bid postings and job openings.</p><a class="button" href="/list.aspx">Sign Up</a></section>'
        # Popular links
        '<section class="widget quickLinks"><h2 class="widgetHeader">Popular Links</h2><ul>'
        + _links(["Motor Vehicle Office", "Property Tax Search", "Sheriff's Office", "Landfill Hours", "Marriage Licenses",
                  "Employment Opportunities", "Commission District Map"], "/QuickLinks.aspx?CID=")
        + "</ul></section></div></main>" + _cp_footer() + "</body></html>"
    )


def cp_newsflash() -> str:
    return (
        _cp_head("News Flash &bull; Harlan Ridge County, KS")
        + '<body><header id="bannerDiv">' + _cp_nav() + "</header>"
        '<main id="cpsys_contentArea"><h1>News Flash</h1>'
        '<div class="categories"><h2>Categories</h2><ul><li><a href="/CivicAlerts.aspx?CID=1">Home</a></li>'
        '<li><a href="/CivicAlerts.aspx?CID=4">Sheriff\'s Office</a></li><li><a href="/CivicAlerts.aspx?CID=7">Road &amp; Bridge</a></li></ul></div>'
        '<div class="listing"><ol>' + _cp_news_items(True) + "</ol></div></main>" + _cp_footer() + "</body></html>"
    )


def cp_agenda() -> str:
    rows = [
        ("12012026-611", "Dec 1, 2026", "Board of County Commissioners Regular Meeting", "Nov 24, 2026 4:12 PM"),
        ("11192026-608", "Nov 19, 2026", "Planning Commission", "Nov 13, 2026 9:30 AM"),
        ("11162026-605", "Nov 16, 2026", "Board of County Commissioners Regular Meeting", "Nov 12, 2026 3:40 PM"),
        ("11102026-602", "Nov 10, 2026", "Emergency Management Advisory Board", "Nov 5, 2026 11:00 AM"),
        ("11022026-598", "Nov 2, 2026", "Board of County Commissioners Regular Meeting", "Oct 29, 2026 4:55 PM"),
    ]
    body = "".join(
        f'<tr class="catAgendaRow"><td><h3><strong><abbr title="Meeting date">{m}</abbr></strong></h3>'
        f'<p><a href="/AgendaCenter/ViewFile/Agenda/_{c}">{t}</a></p><p>Posted {p}</p></td>'
        f'<td class="minutes"><a href="/AgendaCenter/ViewFile/Minutes/_{c}">Minutes</a></td>'
        f'<td class="media"><a href="/AgendaCenter/ViewFile/Agenda/_{c}?html=true">HTML</a></td></tr>'
        for c, m, t, p in rows
    )
    return (
        _cp_head("Agenda Center &bull; Harlan Ridge County, KS")
        + '<body><header id="bannerDiv">' + _cp_nav() + "</header>"
        '<main id="cpsys_contentArea"><h1>Agenda Center</h1><div id="search">Search Agendas by: '
        '<input type="text" name="term"> <input type="date" name="start"> <input type="date" name="end"></div>'
        '<h2>Board of County Commissioners</h2><table id="table1" class="listing"><thead><tr><th>Agenda</th><th>Minutes</th><th>Media</th></tr></thead>'
        f"<tbody>{body}</tbody></table></main>" + _cp_footer() + "</body></html>"
    )


def cp_alerts() -> str:
    return (
        _cp_head("Alert Center &bull; Harlan Ridge County, KS")
        + '<body><header id="bannerDiv">' + _cp_nav() + "</header>"
        '<main id="cpsys_contentArea"><h1>Alert Center</h1><p>There are no active alerts at this time.</p>'
        '<p><a href="/list.aspx">Sign up for Notify Me&reg;</a> to receive alerts by text or email.</p></main>'
        + _cp_footer() + "</body></html>"
    )


def cp_calendar() -> str:
    return (
        _cp_head("Calendar &bull; Harlan Ridge County, KS")
        + '<body><header id="bannerDiv">' + _cp_nav() + "</header>"
        '<main id="cpsys_contentArea"><h1>Calendar</h1><ol class="calendars">'
        '<li><h3><a href="/Calendar.aspx?EID=3320">Courthouse Holiday Lighting</a></h3><p class="date">November 30, 2026, 6:00 PM - 7:30 PM</p></li>'
        '<li><h3><a href="/Calendar.aspx?EID=3312">Board of County Commissioners</a></h3><p class="date">December 1, 2026, 9:00 AM</p></li>'
        '<li><h3><a href="/Calendar.aspx?EID=3318">Conservation District Annual Meeting</a></h3><p class="date">December 8, 2026, 12:00 PM</p></li>'
        "</ol></main>" + _cp_footer() + "</body></html>"
    )


# --------------------------------------------------------------------------------------
# 2. State agency on Drupal 10 + USWDS: stale (newest press release 2026-10-02)
# --------------------------------------------------------------------------------------

SA_HOST = "www.lni.cascadiastate.test"

_sa_menu = {
    "Workers": ["File a wage claim", "Workers' compensation", "Minimum wage", "Paid leave", "Apprenticeship",
                "Workplace safety", "Unemployment insurance", "Job seekers"],
    "Employers": ["Register your business", "Report new hires", "Premium rates", "Safety inspections",
                  "Posters for the workplace", "Hiring incentives", "Layoff notices (WARN)"],
    "Licensing": ["Contractor licenses", "Electrical licenses", "Elevator permits", "Boiler inspections",
                  "Plumbing certification", "Verify a license"],
    "Laws &amp; rules": ["Rulemaking activity", "Administrative code", "Policies", "Interpretive statements"],
    "About us": ["Leadership", "Newsroom", "Careers", "Public records", "Contact us", "Office locations"],
}


def _sa_header() -> str:
    items = []
    for i, (top, subs) in enumerate(_sa_menu.items()):
        items.append(
            f'<li class="usa-nav__primary-item"><button type="button" class="usa-accordion__button usa-nav__link" '
            f'aria-expanded="false" aria-controls="basic-nav-section-{i}"><span>{top}</span></button>'
            f'<ul id="basic-nav-section-{i}" class="usa-nav__submenu" hidden>{_links(subs, "/" + top.split()[0].lower() + "/", " class=usa-nav__submenu-item")}</ul></li>'
        )
    return (
        '<section class="usa-banner" aria-label="Official website of the State of Cascadia"><div class="usa-accordion">'
        '<header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-auto">'
        '<img class="usa-banner__header-flag" src="/themes/custom/cascadia_uswds/assets/img/us_flag_small.png" alt=""></div>'
        '<div class="grid-col-fill"><p class="usa-banner__header-text">An official website of the State of Cascadia</p>'
        '<p class="usa-banner__header-action" aria-hidden="true">Here&rsquo;s how you know</p></div>'
        '<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner">'
        '<span class="usa-banner__button-text">Here&rsquo;s how you know</span></button></div></header>'
        '<div class="usa-banner__content usa-accordion__content" id="gov-banner" hidden><p>Official websites use .gov. '
        'Secure .gov websites use HTTPS.</p></div></div></section>'
        '<section class="usa-site-alert usa-site-alert--info" aria-label="Site alert"><div class="usa-alert"><div class="usa-alert__body">'
        '<p class="usa-alert__text">Our offices are closed Thursday and Friday, November 26&ndash;27, for the Thanksgiving holiday.</p></div></div></section>'
        '<header class="usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text">'
        '<a href="/" title="Home">Cascadia Department of Labor &amp; Industries</a></em></div>'
        '<button type="button" class="usa-menu-btn">Menu</button></div>'
        '<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner"><button type="button" class="usa-nav__close">Close</button>'
        '<ul class="usa-nav__primary usa-accordion">' + "".join(items) + "</ul>"
        '<div class="usa-nav__secondary"><ul class="usa-nav__secondary-links"><li><a href="/espanol">Espa&ntilde;ol</a></li>'
        '<li><a href="/contact-us">Contact us</a></li></ul><form class="usa-search usa-search--small" role="search" action="/search">'
        '<input class="usa-input" id="search-field" type="search" name="keys"><button class="usa-button" type="submit">Search</button></form></div>'
        "</div></nav></header>"
    )


def _sa_footer(last_updated: str) -> str:
    return (
        '<div class="region-content-bottom"><div class="last-updated"><p>Last updated: ' + last_updated + "</p></div></div>"
        '<footer class="usa-footer usa-footer--big"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>'
        '<div class="usa-footer__primary-section"><div class="grid-container"><div class="grid-row grid-gap">'
        + "".join(
            f'<section class="usa-footer__primary-content usa-footer__primary-content--collapsible"><h4 class="usa-footer__primary-link">{top}</h4>'
            f'<ul class="usa-list usa-list--unstyled">{_links(subs[:5], "/" + top.split()[0].lower() + "/", " class=usa-footer__secondary-link")}</ul></section>'
            for top, subs in _sa_menu.items()
        )
        + '</div></div></div><div class="usa-footer__secondary-section"><div class="grid-container">'
        '<address class="usa-footer__address">7273 Linderson Way SW, Tumwater, CA 98501 &middot; <a href="tel:1-800-555-0147">1-800-555-0147</a></address>'
        '<ul class="usa-list usa-list--unstyled">' + _links(["Accessibility", "Privacy notice", "Public records requests", "Language access"], "/about/")
        + "</ul></div></div></footer>"
        '<section class="usa-identifier"><div class="usa-identifier__section usa-identifier__section--masthead"><p class="usa-identifier__identity-disclaimer">'
        'An official website of the <a href="https://cascadia.test/">State of Cascadia</a></p></div></section>'
        '<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>'
        '<script src="/themes/custom/cascadia_uswds/assets/js/uswds.min.js?t5k2ab"></script>'
        '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1",'
        '"isFront":true,"currentLanguage":"en"},"ajaxTrustedUrl":{"\\/search":true},"user":{"uid":0,"permissionsHash":"9f1c"}}</script>'
    )


_sa_releases = [
    ("2026-10-02", "October 2, 2026", "/news/2026/10/02/state-workplace-injury-rate-falls-third-straight-year",
     "State workplace injury rate falls for third straight year",
     "The rate of reported workplace injuries fell to 4.1 per 100 full-time workers in 2025."),
    ("2026-09-24", "September 24, 2026", "/news/2026/09/24/minimum-wage-2027",
     "Minimum wage to rise to $17.35 an hour on January 1",
     "The annual cost-of-living adjustment is set by law and based on the consumer price index."),
    ("2026-09-15", "September 15, 2026", "/news/2026/09/15/heat-rule-enforcement-summary",
     "Summer heat rule: inspectors visited 1,140 outdoor worksites",
     "Most employers had water, shade and cool-down breaks in place."),
    ("2026-08-28", "August 28, 2026", "/news/2026/08/28/apprenticeship-grants",
     "$6 million in grants to expand registered apprenticeships",
     "Twenty-two programs in construction, health care and advanced manufacturing will receive funding."),
]


def _sa_release_cards() -> str:
    return "".join(
        f'<li class="usa-collection__item"><div class="usa-collection__body"><h3 class="usa-collection__heading">'
        f'<a class="usa-link" href="{u}">{t}</a></h3><p class="usa-collection__description">{s}</p>'
        f'<ul class="usa-collection__meta" aria-label="More information"><li class="usa-collection__meta-item">'
        f'<time datetime="{iso}T12:00:00Z">{txt}</time></li><li class="usa-collection__meta-item usa-tag">News release</li></ul></div></li>'
        for iso, txt, u, t, s in _sa_releases
    )


def _sa_page(title: str, main: str, last_updated: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{title}</title>'
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
        '<link rel="stylesheet" media="all" href="/themes/custom/cascadia_uswds/assets/css/styles.css?t5k2ab">'
        f"<style>{BIG_CSS}</style>" + gtm("GTM-PCL9WV")
        + '</head><body class="path-frontpage"><a href="#main-content" class="usa-skipnav">Skip to main content</a>'
        + _sa_header() + f'<main id="main-content" class="usa-layout-docs">{main}</main>' + _sa_footer(last_updated) + "</body></html>"
    )


def sa_home() -> str:
    main = (
        '<section class="usa-hero" aria-label="Introduction"><div class="grid-container"><div class="usa-hero__callout">'
        '<h1 class="usa-hero__heading">Keeping Cascadia safe, healthy and secure at work</h1>'
        '<a class="usa-button" href="/workers/file-a-wage-claim">File a wage claim</a></div></div></section>'
        '<section class="grid-container usa-section"><div class="grid-row grid-gap">'
        '<div class="tablet:grid-col-4"><ul class="usa-card-group">'
        + "".join(
            f'<li class="usa-card"><div class="usa-card__container"><div class="usa-card__header"><h2 class="usa-card__heading">{t}</h2></div>'
            f'<div class="usa-card__body"><p>{b}</p></div><div class="usa-card__footer"><a class="usa-button" href="{u}">{a}</a></div></div></li>'
            for t, b, u, a in [
                ("Workers' compensation", "File a claim, check claim status, and find a provider.", "/workers/workers-compensation", "Get started"),
                ("Contractor licenses", "Register as a contractor or verify a license before you hire.", "/licensing/contractor-licenses", "Verify a license"),
                ("Paid leave", "Learn about paid sick leave and paid family and medical leave.", "/workers/paid-leave", "Learn more"),
            ]
        )
        + "</ul></div></div></section>"
        '<section id="block-views-block-news-releases-block-1" class="grid-container usa-section">'
        '<h2 class="block-title">News releases</h2><ul class="usa-collection">' + _sa_release_cards() + "</ul>"
        '<p><a class="usa-link" href="/newsroom">More news releases</a></p></section>'
        '<section id="block-views-block-rulemaking-block-1" class="grid-container usa-section"><h2 class="block-title">Rulemaking activity</h2>'
        '<div class="views-table"><table class="usa-table usa-table--borderless"><thead><tr><th scope="col">Rule</th><th scope="col">Filed</th>'
        '<th scope="col">Comment deadline</th></tr></thead><tbody>'
        '<tr><td><a href="/laws/rulemaking/wac-296-62-outdoor-heat">Outdoor heat exposure (WAC 296-62) - proposed rule</a></td><td>09/08/2026</td><td>12/15/2026</td></tr>'
        '<tr><td><a href="/laws/rulemaking/wac-296-17-premium-rates">Workers\' compensation premium rates for 2027 - proposed rule</a></td><td>08/20/2026</td><td>12/02/2026</td></tr>'
        '<tr><td><a href="/laws/rulemaking/wac-296-46b-electrical">Electrical installations code update - adopted rule</a></td><td>07/14/2026</td><td>Closed</td></tr>'
        '</tbody></table></div><p><a class="usa-link" href="/laws/rulemaking">All rulemaking activity</a></p></section>'
        '<section id="block-views-block-events-block-1" class="grid-container usa-section"><h2 class="block-title">Upcoming events</h2><ul class="usa-list usa-list--unstyled">'
        '<li><a href="/events/employer-webinar-paid-leave-2027">Employer webinar: paid leave changes for 2027</a> <time datetime="2026-12-03T10:00:00-08:00">December 3, 2026</time></li>'
        '<li><a href="/events/safety-health-conference">Governor\'s Safety and Health Conference</a> <time datetime="2027-03-10T08:00:00-08:00">March 10, 2027</time></li>'
        "</ul></section>"
        '<section class="grid-container usa-section"><h2>Find a service</h2><ul class="usa-list">'
        + _links(["Check a claim", "Pay premiums", "Request an inspection", "Report an injury", "Find an office"], "/services/")
        + "</ul></section>"
    )
    return _sa_page("Home | Cascadia Department of Labor &amp; Industries", main, "November 23, 2026")


def sa_newsroom() -> str:
    main = (
        '<div class="grid-container"><h1>Newsroom</h1><div class="views-exposed-form"><label for="edit-year">Year</label>'
        '<select id="edit-year" name="year"><option>2026</option><option>2025</option></select></div>'
        '<ul class="usa-collection">' + _sa_release_cards()
        + '<li class="usa-collection__item"><div class="usa-collection__body"><h3 class="usa-collection__heading"><a class="usa-link" '
        'href="/news/2026/08/12/elevator-inspection-backlog">Elevator inspection backlog cleared</a></h3>'
        '<ul class="usa-collection__meta"><li class="usa-collection__meta-item"><time datetime="2026-08-12T12:00:00Z">August 12, 2026</time></li></ul></div></li>'
        '</ul><nav aria-label="Pagination" class="usa-pagination"><ul class="usa-pagination__list"><li class="usa-pagination__item">'
        '<a href="?page=1" class="usa-pagination__button">2</a></li><li class="usa-pagination__item usa-pagination__arrow">'
        '<a href="?page=1" class="usa-pagination__next-page"><span class="usa-pagination__link-text">Next</span></a></li></ul></nav></div>'
    )
    return _sa_page("Newsroom | Cascadia Department of Labor &amp; Industries", main, "November 23, 2026")


def sa_rulemaking() -> str:
    main = (
        '<div class="grid-container"><h1>Rulemaking activity</h1><table class="usa-table"><thead><tr><th scope="col">Rule</th>'
        '<th scope="col">Filed</th><th scope="col">Comment deadline</th></tr></thead><tbody>'
        '<tr><td><a href="/laws/rulemaking/wac-296-62-outdoor-heat">Outdoor heat exposure (WAC 296-62) - proposed rule</a></td><td>09/08/2026</td><td>12/15/2026</td></tr>'
        '<tr><td><a href="/laws/rulemaking/wac-296-17-premium-rates">Workers\' compensation premium rates for 2027 - proposed rule</a></td><td>08/20/2026</td><td>12/02/2026</td></tr>'
        '<tr><td><a href="/laws/rulemaking/wac-296-46b-electrical">Electrical installations code update - adopted rule</a></td><td>07/14/2026</td><td>Closed</td></tr>'
        '<tr><td><a href="/laws/rulemaking/wac-296-155-cranes">Crane certification - adopted rule</a></td><td>05/02/2026</td><td>Closed</td></tr>'
        "</tbody></table></div>"
    )
    return _sa_page("Rulemaking activity | Cascadia Department of Labor &amp; Industries", main, "November 23, 2026")


def sa_release() -> str:
    main = (
        '<div class="grid-container"><article class="node node--type-news-release"><p class="usa-tag">News release</p>'
        '<h1>State workplace injury rate falls for third straight year</h1>'
        '<p class="news-release-date"><time datetime="2026-10-02T12:00:00Z">October 2, 2026</time></p>'
        '<p>TUMWATER &mdash; The rate of reported workplace injuries in Cascadia fell to 4.1 per 100 full-time workers in 2025, '
        'down from 4.4 in 2024, according to figures released today by the Department of Labor &amp; Industries.</p>'
        "<p>Construction and agriculture saw the largest improvements. Claims for heat-related illness fell by a quarter "
        "after the outdoor heat rule took effect.</p><p>Media contact: Dana Reyes, 360-555-0114</p></article></div>"
    )
    return _sa_page("State workplace injury rate falls for third straight year | Cascadia L&amp;I", main, "November 23, 2026")


# --------------------------------------------------------------------------------------
# 3. School district on Finalsite: news cards without dates; events ahead
# --------------------------------------------------------------------------------------

FS_HOST = "www.pinehollowusd.test"

_fs_menu = {
    "About": ["Superintendent", "Board of Education", "Strategic Plan", "District Calendar", "Budget &amp; Finance",
              "School Accountability Report Cards", "Contact Us"],
    "Schools": ["Pine Hollow High School", "Cedar Ridge Middle School", "Alder Creek Elementary", "Maple Flats Elementary",
                "Birch Lane Elementary", "Pine Hollow Adult School"],
    "Families": ["Enrollment", "Transportation", "Nutrition Services", "Health Services", "ParentSquare",
                 "Aeries Parent Portal", "Attendance"],
    "Departments": ["Educational Services", "Human Resources", "Special Education", "Technology", "Facilities",
                    "Maintenance &amp; Operations"],
    "Employment": ["Certificated Openings", "Classified Openings", "Substitute Teaching", "Salary Schedules"],
}


def _fs_chrome_top() -> str:
    nav = "".join(
        f'<li class="fsNavLevel1"><a href="/{k.lower()}">{k}</a><div class="fsNavPageInfo"><ul class="fsNavLevel2">'
        f'{_links(v, "/" + k.lower() + "/")}</ul></div></li>'
        for k, v in _fs_menu.items()
    )
    return (
        '<header id="fsHeader" class="fsHeader"><div class="fsBanner"><a href="/" class="fsLogo">Pine Hollow Unified School District</a>'
        '<div class="fsElement fsNavigation fsList" id="fsEl_2"><nav class="fsNavigation"><ul class="fsNavLevel1">'
        + nav + "</ul></nav></div>"
        '<div class="fsElement fsSearch"><form action="/search-results"><input name="q" type="search" placeholder="Search"></form></div>'
        '<div class="fsElement fsLanguage"><a href="#" data-lang="es">Espa&ntilde;ol</a></div></div></header>'
    )


def _fs_footer() -> str:
    return (
        '<footer id="fsFooter" class="fsFooter"><div class="fsElement fsContent"><div class="fsElementContent">'
        '<p>Pine Hollow Unified School District<br>1500 Sequoia Avenue, Pine Hollow, CA 95900<br>Phone (530) 555-0170 | Fax (530) 555-0171</p>'
        '<p>Pine Hollow USD prohibits discrimination, harassment, intimidation and bullying based on actual or perceived '
        'characteristics (Board Policy 0410). <a href="/about/title-ix">Title IX</a></p></div></div>'
        '<div class="fsElement fsSocial"><a href="https://www.facebook.com/pinehollowusd">Facebook</a> '
        '<a href="https://www.instagram.com/pinehollowusd">Instagram</a></div>'
        '<div class="fsPoweredByFinalsite"><a href="https://www.finalsite.com">Powered by Finalsite</a></div>'
        '<p class="fsCopyright">&copy; 2026 Pine Hollow Unified School District</p></footer>'
        '<script src="https://resources.finalsite.net/js/fs-core.min.js?v=2026.11"></script>'
        "<script>FS.init({ siteId: 4417, pageId: 1, calendarLazy: true });</script>"
    )


def _fs_head(title: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="stylesheet" href="https://resources.finalsite.net/css/site/pinehollowusd/2026.css">'
        f"<style>{BIG_CSS}</style>" + gtm("GTM-5ZFS01") + "</head>"
    )


_fs_news = [
    ("board-recognizes-classified-employees-of-the-year", "Board Recognizes Classified Employees of the Year", "2026-11-18", "November 18, 2026",
     "Six employees were honored for their service to students at the November board meeting."),
    ("holiday-food-drive-tops-goal", "Holiday Food Drive Tops Goal", "2026-11-13", "November 13, 2026",
     "Students collected more than 9,000 cans for the Pine Hollow Community Pantry."),
    ("phhs-robotics-advances-to-state", "PHHS Robotics Advances to State", "2026-11-06", "November 6, 2026",
     "The Iron Pines team placed second at the regional qualifier in Chico."),
    ("flu-clinics-at-school-sites", "Free Flu Clinics at School Sites", "2026-10-30", "October 30, 2026",
     "County Public Health will offer free flu shots for students and staff."),
]


def fs_home() -> str:
    cards = "".join(
        f'<article class="fsStyleDefaultList fsPost"><div class="fsThumbnail"><img src="https://resources.finalsite.net/images/f_auto/v17/pinehollowusd/{slug}.jpg" alt=""></div>'
        f'<div class="fsTitle"><a class="fsPostLink fsPostTitle" href="/about/news/~board/district-news/post/{slug}">{t}</a></div>'
        f'<div class="fsSummary"><p>{s}</p></div><a class="fsReadMoreLink" href="/about/news/~board/district-news/post/{slug}">Read More</a></article>'
        for slug, t, _iso, _txt, s in _fs_news[:3]
    )
    events = [
        ("2026-11-30T08:00:00-08:00", "Nov", "30", "Classes Resume"),
        ("2026-12-01T18:00:00-08:00", "Dec", "1", "Board of Education Regular Meeting"),
        ("2026-12-09T19:00:00-08:00", "Dec", "9", "PHHS Winter Choir Concert"),
        ("2026-12-18T00:00:00-08:00", "Dec", "18", "Minimum Day - End of Semester"),
        ("2026-12-21T00:00:00-08:00", "Dec", "21", "Winter Break - No School"),
    ]
    ev = "".join(
        f'<article class="fsCalendarEventItem"><div class="fsDateTime"><div class="fsCalendarDate"><span class="fsCalendarMonth">{m}</span>'
        f'<span class="fsCalendarDay">{dd}</span></div><time datetime="{iso}" class="fsStartTime"></time></div>'
        f'<div class="fsTitle"><a class="fsCalendarEventLink" href="/about/district-calendar#fs-event-{i}">{t}</a></div></article>'
        for i, (iso, m, dd, t) in enumerate(events)
    )
    quick = "".join(
        f'<li><a href="/{s}"><span class="fsIcon fs-{s}"></span>{t}</a></li>'
        for s, t in [("enroll", "Enroll"), ("menus", "Lunch Menus"), ("bus", "Bus Routes"), ("portal", "Parent Portal"),
                     ("jobs", "Jobs"), ("calendar", "Calendar"), ("board", "Board Meetings"), ("safety", "Safety Tip Line")]
    )
    return (
        _fs_head("Home - Pine Hollow Unified School District")
        + '<body class="fsHomepage">' + _fs_chrome_top()
        + '<main id="fsPageBodyWrapper"><div class="fsBanner fsHero"><div class="fsElement fsMediaCarousel"><h1>Every Student, Every Day</h1>'
        '<p>Inspiring curiosity and preparing every student for college, career and community.</p></div></div>'
        '<section class="fsElement fsContent fsQuickLinks"><h2 class="fsElementTitle">Quick Links</h2><ul>' + quick + "</ul></section>"
        '<section class="fsElement fsPostElement fsList" id="fsEl_4471"><header><h2 class="fsElementTitle">District News</h2></header>'
        '<div class="fsElementContent">' + cards + '</div><footer><a class="fsElementFooterLink" href="/about/news">View All News</a></footer></section>'
        '<section class="fsElement fsCalendar fsList" id="fsEl_4480"><header><h2 class="fsElementTitle">Upcoming Events</h2></header>'
        '<div class="fsElementContent">' + ev + '</div><footer><a class="fsElementFooterLink" href="/about/district-calendar">View Full Calendar</a></footer></section>'
        '<section class="fsElement fsContent"><h2 class="fsElementTitle">By the Numbers</h2><ul class="fsStats">'
        "<li><strong>6,240</strong> students</li><li><strong>9</strong> schools</li><li><strong>94%</strong> graduation rate</li></ul></section>"
        "</main>" + _fs_footer() + "</body></html>"
    )


def fs_news() -> str:
    items = "".join(
        f'<article class="fsStyleDefaultList fsPost"><div class="fsTitle"><a class="fsPostLink" href="/about/news/~board/district-news/post/{slug}">{t}</a></div>'
        f'<div class="fsDate"><time datetime="{iso}T08:00:00-08:00">{txt}</time></div><div class="fsSummary"><p>{s}</p></div></article>'
        for slug, t, iso, txt, s in _fs_news
    )
    return (
        _fs_head("District News - Pine Hollow Unified School District")
        + "<body>" + _fs_chrome_top()
        + '<main id="fsPageBodyWrapper"><h1 class="fsPageTitle">District News</h1>'
        '<section class="fsElement fsPostElement fsList"><div class="fsElementContent">' + items + "</div>"
        '<div class="fsPagination"><a class="fsNextPageLink" href="/about/news?const_page=2">Next</a></div></section></main>'
        + _fs_footer() + "</body></html>"
    )


def fs_calendar() -> str:
    return (
        _fs_head("District Calendar - Pine Hollow Unified School District")
        + "<body>" + _fs_chrome_top()
        + '<main id="fsPageBodyWrapper"><h1 class="fsPageTitle">District Calendar</h1>'
        '<div class="fsElement fsCalendar fsGrid" data-calendar-ids="212,213" data-month="2026-11"></div>'
        "<script>FS.calendar.load('#fsEl_4480');</script></main>" + _fs_footer() + "</body></html>"
    )


# --------------------------------------------------------------------------------------
# 4. Australian council on OpenCities: healthy
# --------------------------------------------------------------------------------------

OC_HOST = "www.yarrabee-shire.test"


def _oc_head(title: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>{title} - Yarrabee Shire Council</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="OpenCities">'
        '<link href="/files/design/css/site.css?v=26.11.2" rel="stylesheet">'
        f"<style>{BIG_CSS}</style>" + gtm("GTM-YSC4421")
        + '<script>var OC = OC || {}; OC.siteId = 118; OC.culture = "en-AU";</script></head>'
    )


_oc_nav = {
    "Services": ["Waste and recycling", "Roads and footpaths", "Animals and pets", "Parks and reserves", "Libraries",
                 "Swimming pools", "Cemeteries", "Water and sewer", "Community transport"],
    "Plan and build": ["Development applications", "Application tracker", "Planning controls", "Building certificates",
                       "Heritage", "Section 10.7 certificates", "On exhibition"],
    "Community": ["Grants and funding", "Youth services", "Aged and disability", "Volunteering", "Halls for hire"],
    "Council": ["Mayor and councillors", "Council meetings", "Policies", "Integrated planning and reporting",
                "Careers", "Tenders", "Access to information (GIPA)"],
    "Business": ["Economic development", "Food premises", "Outdoor dining", "Markets and events permits"],
}


def _oc_top() -> str:
    mega = "".join(
        f'<li class="mega-menu-item"><a href="/{k.replace(" ", "-")}">{k}</a><div class="mega-menu-panel"><ul>{_links(v, "/" + k.replace(" ", "-") + "/")}</ul></div></li>'
        for k, v in _oc_nav.items()
    )
    return (
        '<div id="acknowledgement" class="acknowledgement-bar"><p>Yarrabee Shire Council acknowledges the Wiradjuri people as the '
        "Traditional Custodians of the land and pays respect to Elders past and present.</p></div>"
        '<header class="site-header"><a class="logo" href="/">Yarrabee Shire Council</a>'
        '<nav class="mega-menu" aria-label="Main"><ul>' + mega + "</ul></nav>"
        '<form class="site-search" action="/Search"><input type="search" name="dlv_OC CL Public Site Search=(keyword)"></form>'
        '<a class="btn-report" href="/Report-it">Report it</a> <a class="btn-pay" href="/Pay-it">Pay it</a></header>'
    )


def _oc_footer() -> str:
    return (
        '<footer class="site-footer"><div class="footer-contact"><h2>Contact us</h2><p>1 Bridge Street, Yarrabee NSW 2800<br>'
        'Phone 02 6300 5500<br>council@yarrabee-shire.test</p><p>Customer service hours: 8.30am to 4.30pm Monday to Friday</p></div>'
        '<div class="footer-links"><ul>' + _links(["Privacy", "Accessibility", "Disclaimer", "Copyright", "Sitemap"], "/")
        + '</ul></div><p class="footer-copyright">&copy; Yarrabee Shire Council 2026</p>'
        '<p class="footer-cms">Website by <a href="https://www.granicus.com/">Granicus</a></p></footer>'
        '<script src="/files/design/js/site.min.js?v=26.11.2"></script>'
    )


_oc_news = [
    ("Council-adopts-Yarrabee-2040-Community-Strategic-Plan", "Council adopts Yarrabee 2040 Community Strategic Plan", "20 November 2026"),
    ("Mayor-welcomes-funding-for-Old-Coach-Road-upgrade", "Mayor welcomes $4.2 million for Old Coach Road upgrade", "18 November 2026"),
    ("Christmas-waste-collection-changes", "Christmas and New Year waste collection changes", "12 November 2026"),
    ("Pools-open-for-the-summer-season", "Pools open for the summer season", "6 November 2026"),
]


def oc_home() -> str:
    news = "".join(
        f'<div class="list-item-container"><article><a href="/News-and-media/Media-releases/{s}"><div class="list-item-block-image">'
        f'<img src="/files/assets/public/v/1/news/{i}.jpg" alt=""></div><div class="list-item-block-content"><h3 class="list-item-title">{t}</h3>'
        f'<p class="list-item-block-date">{dd}</p></div></a></article></div>'
        for i, (s, t, dd) in enumerate(_oc_news)
    )
    notices = "".join(
        f'<li><a href="/Council/Public-notices/{s}">{t}</a> <span class="list-item-block-date">{dd}</span></li>'
        for s, t, dd in [
            ("Road-closure-Old-Coach-Road", "Temporary road closure - Old Coach Road, Glenrock", "17 November 2026"),
            ("Proposed-lease-Yarrabee-Showground", "Notice of proposed lease - Yarrabee Showground", "10 November 2026"),
            ("DA-2026-311-on-exhibition", "DA 2026/311 - 48 lot subdivision, Wattle Lane - on exhibition", "3 November 2026"),
        ]
    )
    consult = "".join(
        f'<div class="list-item-container"><article><a href="https://yoursay.yarrabee-shire.test/{s}"><h3 class="list-item-title">{t}</h3>'
        f'<p class="consultation-status">Open - Closes {c}</p></a></article></div>'
        for s, t, c in [
            ("draft-biodiversity-strategy", "Draft Biodiversity Strategy", "4 December 2026"),
            ("glenrock-playground", "Glenrock playground upgrade - tell us what you'd like", "11 December 2026"),
            ("draft-fees-and-charges-2027", "Draft fees and charges 2027/28", "22 January 2027"),
        ]
    )
    events = "".join(
        f'<div class="list-item-container"><article><a href="/Whats-on/{s}"><span class="event-date"><span class="day">{dd}</span>'
        f'<span class="month">{mm}</span></span><h3 class="list-item-title">{t}</h3></a></article></div>'
        for s, dd, mm, t in [("Yarrabee-Christmas-Markets", "28", "Nov", "Yarrabee Christmas Markets"),
                             ("Carols-in-the-Park", "12", "Dec", "Carols in the Park"),
                             ("Australia-Day-Awards", "26", "Jan", "Australia Day Awards ceremony")]
    )
    return (
        _oc_head("Home")
        + '<body class="home">' + _oc_top()
        + '<main id="main"><section class="hero-banner"><h1>Welcome to Yarrabee Shire</h1><p>Rural living, thriving villages</p></section>'
        '<section class="quick-links"><ul>' + _links(["Bin collection days", "Pay rates", "DA tracker", "Library catalogue", "Careers", "Report a pothole"], "/")
        + '</ul></section>'
        '<section class="news-listing"><h2>Latest news</h2><div class="list-container">' + news + '</div>'
        '<a class="view-all" href="/News-and-media/Media-releases">View all media releases</a></section>'
        '<section class="public-notices"><h2>Public notices</h2><ul class="related-information-list">' + notices + "</ul>"
        '<a class="view-all" href="/Council/Public-notices">View all public notices</a></section>'
        '<section class="have-your-say"><h2>Have your say</h2><div class="list-container">' + consult + "</div>"
        '<a class="view-all" href="https://yoursay.yarrabee-shire.test/">View all consultations</a></section>'
        '<section class="events-listing"><h2>What\'s on</h2><div class="list-container">' + events + "</div>"
        '<a class="view-all" href="/Whats-on">View all events</a></section></main>'
        + _oc_footer() + "</body></html>"
    )


def oc_media() -> str:
    items = "".join(
        f'<div class="list-item-container"><article><a href="/News-and-media/Media-releases/{s}"><h2 class="list-item-title">{t}</h2>'
        f'<p class="list-item-block-date">{dd}</p><p class="list-item-block-desc">Media release</p></a></article></div>'
        for s, t, dd in [*_oc_news, ("Library-extended-hours-trial", "Library extended hours trial begins", "30 October 2026")]
    )
    return (
        _oc_head("Media releases") + "<body>" + _oc_top()
        + '<main id="main"><nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/News-and-media">News and media</a></nav>'
        '<h1>Media releases</h1><div class="list-container">' + items + '</div><div class="seamless-pagination-data" data-total="38"></div>'
        "</main>" + _oc_footer() + "</body></html>"
    )


def oc_notices() -> str:
    items = "".join(
        f'<div class="list-item-container"><article><a href="/Council/Public-notices/{s}"><h2 class="list-item-title">{t}</h2>'
        f'<p class="list-item-block-date">{dd}</p></a></article></div>'
        for s, t, dd in [
            ("Road-closure-Old-Coach-Road", "Temporary road closure - Old Coach Road, Glenrock", "17 November 2026"),
            ("Proposed-lease-Yarrabee-Showground", "Notice of proposed lease - Yarrabee Showground", "10 November 2026"),
            ("DA-2026-311-on-exhibition", "DA 2026/311 - 48 lot subdivision, Wattle Lane - on exhibition", "3 November 2026"),
            ("Naming-of-public-roads", "Proposed naming of public roads - Kurrajong Estate", "21 October 2026"),
        ]
    )
    return (
        _oc_head("Public notices") + "<body>" + _oc_top()
        + '<main id="main"><h1>Public notices</h1><div class="list-container">' + items + "</div></main>" + _oc_footer() + "</body></html>"
    )


def oc_whats_on() -> str:
    return (
        _oc_head("What's on") + "<body>" + _oc_top()
        + '<main id="main"><h1>What\'s on</h1><div class="list-container">'
        '<div class="list-item-container"><article><a href="/Whats-on/Yarrabee-Christmas-Markets"><h2 class="list-item-title">Yarrabee Christmas Markets</h2>'
        '<p class="event-date">Saturday 28 November 2026, 4pm to 9pm</p></a></article></div>'
        '<div class="list-item-container"><article><a href="/Whats-on/Carols-in-the-Park"><h2 class="list-item-title">Carols in the Park</h2>'
        '<p class="event-date">Saturday 12 December 2026, 6.30pm</p></a></article></div></div></main>' + _oc_footer() + "</body></html>"
    )


# --------------------------------------------------------------------------------------
# 5. New Zealand district council, te reo headings: stale (newest news 2026-10-20)
# --------------------------------------------------------------------------------------

NZ_HOST = "www.otawhiri-dc.test"


def _nz_head(title: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en-NZ"><head><meta charset="utf-8"><title>{title} | Ōtāwhiri District Council</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/_resources/themes/odc/dist/css/main.css?m=1729">'
        f"<style>{BIG_CSS}</style>" + gtm("GTM-NZODC7") + "</head>"
    )


_nz_nav = {
    "Ratonga | Services": ["Rubbish and recycling", "Water supply", "Wastewater", "Stormwater", "Dog registration",
                          "Roads and transport", "Libraries", "Pools", "Cemeteries"],
    "Whare | Property": ["Rates", "Building consents", "Resource consents", "LIM reports", "District Plan"],
    "Hapori | Community": ["Community grants", "Parks and reserves", "Civil defence", "Halls and venues", "Youth council"],
    "Kaunihera | Council": ["Mayor and councillors", "Meetings and agendas", "Long Term Plan", "Annual report", "Bylaws", "Vacancies"],
}


def _nz_top() -> str:
    return (
        '<header class="header"><a class="header__logo" href="/"><img src="/assets/logo.svg" alt="Ōtāwhiri District Council - Te Kaunihera o Ōtāwhiri"></a>'
        '<nav class="mainnav" aria-label="Main"><ul>'
        + "".join(f'<li><a href="/{k.split(" | ")[1].lower()}">{k}</a><ul class="mainnav__sub">{_links(v, "/" + k.split(" | ")[1].lower() + "/")}</ul></li>'
                  for k, v in _nz_nav.items())
        + '</ul></nav><a class="header__cta" href="/request-for-service">Request for service</a></header>'
    )


def _nz_footer() -> str:
    return (
        '<footer class="footer"><div class="footer__contact"><h2>Whakapā mai | Contact us</h2><p>14 Kauri Street, Ōtāwhiri 3600<br>'
        'Phone 07 555 0190 (24 hours)</p></div><ul class="footer__links">'
        + _links(["Privacy statement", "Copyright", "Accessibility", "Site map"], "/")
        + '</ul><p>&copy; 2026 Ōtāwhiri District Council</p><p class="footer__govtnz"><a href="https://www.govt.nz">New Zealand Government</a></p></footer>'
        '<script src="/_resources/themes/odc/dist/js/main.js?m=1729"></script>'
    )


_nz_news = [
    ("2026/10/20", "roading-programme-summer", "Summer roading programme starts next month", "20 Oct 2026"),
    ("2026/10/09", "new-library-hours", "Ōtāwhiri Library open late on Thursdays", "9 Oct 2026"),
    ("2026/09/29", "water-restrictions-lifted", "Water restrictions lifted for Rerewai", "29 Sep 2026"),
    ("2026/09/17", "local-elections-results", "Local elections 2026: final results", "17 Sep 2026"),
]


def nz_home() -> str:
    news = "".join(
        f'<div class="card card--news"><a class="card__link" href="/news/{s}"><h3 class="card__title">{t}</h3>'
        f'<p class="card__date">{dd}</p></a></div>'
        for _p, s, t, dd in _nz_news[:3]
    )
    return (
        _nz_head("Kāinga | Home") + '<body class="HomePage">' + _nz_top()
        + '<main id="main"><section class="hero"><h1>Nau mai, haere mai | Welcome</h1>'
        '<div class="alert alert--cdem"><p>Civil Defence: there are no current emergencies in the Ōtāwhiri district.</p></div></section>'
        '<section class="tiles"><ul>' + _links(["Pay my rates", "Bin day", "Apply for a building consent", "Register my dog", "Report a problem"], "/do-it-online/")
        + "</ul></section>"
        '<section class="news-block"><h2>Ngā Pitopito Kōrero | Latest news</h2><div class="card-grid">' + news + "</div>"
        '<a class="more" href="/news">Tirohia ngā kōrero katoa | See all news</a></section>'
        '<section class="notices-block"><h2>Pānui | Public notices</h2><ul class="list">'
        '<li><a href="/council/public-notices/dog-control-bylaw-adopted">Dog Control Bylaw 2026 adopted</a> <span class="date">8 Oct 2026</span></li>'
        '<li><a href="/council/public-notices/road-stopping-kahikatea-road">Proposed road stopping - Kahikatea Road</a> <span class="date">24 Sep 2026</span></li>'
        '<li><a href="/council/public-notices/extraordinary-meeting">Notice of extraordinary council meeting</a> <span class="date">2 Sep 2026</span></li>'
        '</ul><a class="more" href="/council/public-notices">Tirohia katoa | See all notices</a></section>'
        '<section class="consult-block"><h2>Kōrero mai | Have your say</h2><ul class="list">'
        '<li><a href="/have-your-say/draft-reserves-management-plan">Draft Reserves Management Plan</a> <span class="closes">Closes 11 December 2026</span></li>'
        '<li><a href="/have-your-say/speed-limits-review">Rural speed limits review</a> <span class="closes">Closes 18 December 2026</span></li>'
        '</ul><a class="more" href="/have-your-say">Tirohia katoa | See all consultations</a></section>'
        '<section class="events-block"><h2>Ngā Takahanga | Events</h2><ul class="list">'
        '<li><a href="/events/christmas-parade">Ōtāwhiri Christmas Parade</a> <span class="date">Sat 5 Dec 2026</span></li>'
        '<li><a href="/events/summer-reading-challenge">Summer Reading Challenge launch</a> <span class="date">Fri 11 Dec 2026</span></li>'
        "</ul></section></main>" + _nz_footer() + "</body></html>"
    )


def nz_news() -> str:
    items = "".join(
        f'<article class="listing__item"><h2><a href="/news/{s}">{t}</a></h2><p class="listing__date">{dd}</p></article>'
        for _p, s, t, dd in _nz_news
    )
    return (
        _nz_head("Ngā Pitopito Kōrero | News") + "<body>" + _nz_top()
        + '<main id="main"><h1>Ngā Pitopito Kōrero | News</h1><div class="listing">' + items
        + '</div><nav class="pagination"><a href="/news?start=10">Next</a></nav></main>' + _nz_footer() + "</body></html>"
    )


def nz_notices() -> str:
    return (
        _nz_head("Pānui | Public notices") + "<body>" + _nz_top()
        + '<main id="main"><h1>Pānui | Public notices</h1><div class="listing">'
        '<article class="listing__item"><h2><a href="/council/public-notices/dog-control-bylaw-adopted">Dog Control Bylaw 2026 adopted</a></h2><p class="listing__date">8 Oct 2026</p></article>'
        '<article class="listing__item"><h2><a href="/council/public-notices/road-stopping-kahikatea-road">Proposed road stopping - Kahikatea Road</a></h2><p class="listing__date">24 Sep 2026</p></article>'
        '<article class="listing__item"><h2><a href="/council/public-notices/extraordinary-meeting">Notice of extraordinary council meeting</a></h2><p class="listing__date">2 Sep 2026</p></article>'
        "</div></main>" + _nz_footer() + "</body></html>"
    )


def nz_consult() -> str:
    return (
        _nz_head("Kōrero mai | Have your say") + "<body>" + _nz_top()
        + '<main id="main"><h1>Kōrero mai | Have your say</h1><div class="listing">'
        '<article class="listing__item"><h2><a href="/have-your-say/draft-reserves-management-plan">Draft Reserves Management Plan</a></h2><p>Open for feedback. Closes 11 December 2026.</p></article>'
        '<article class="listing__item"><h2><a href="/have-your-say/speed-limits-review">Rural speed limits review</a></h2><p>Open for feedback. Closes 18 December 2026.</p></article>'
        "</div></main>" + _nz_footer() + "</body></html>"
    )


# --------------------------------------------------------------------------------------
# 6. Canadian municipality, Canada.ca (WET) style, ISO dates: healthy
# --------------------------------------------------------------------------------------

CA_HOST = "www.ashcombeharbour.test"


def _ca_page(title: str, main: str, modified: str) -> str:
    menu = {
        "Services": ["Garbage and recycling", "Water and sewer", "Property taxes", "Parking", "Snow clearing", "Transit"],
        "Recreation": ["Program registration", "Arenas", "Pools", "Parks and trails", "Marina"],
        "Town hall": ["Mayor and council", "Council meetings", "By-laws", "Budget", "Elections", "Accessibility"],
        "Business": ["Business licences", "Building permits", "Zoning", "Tenders and bids", "Economic development"],
    }
    mega = "".join(
        f'<li><a href="/en/{k.lower().replace(" ", "-")}.html" role="menuitem">{k}</a><ul class="sm list-unstyled" role="menu">'
        f'{_links(v, "/en/" + k.lower().replace(" ", "-") + "/")}</ul></li>'
        for k, v in menu.items()
    )
    return (
        f'<!DOCTYPE html><html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8"><title>{title} - Town of Ashcombe Harbour</title>'
        '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="dcterms.language" content="eng">'
        f'<meta name="dcterms.modified" content="{modified}"><meta name="dcterms.creator" content="Town of Ashcombe Harbour">'
        '<link rel="stylesheet" href="/etc/designs/wet-boew/theme.min.css"><noscript><link rel="stylesheet" href="/etc/designs/wet-boew/noscript.min.css"></noscript>'
        f"<style>{BIG_CSS}</style></head>"
        '<body vocab="http://schema.org/" typeof="WebPage"><nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li></ul></nav>'
        '<header><div id="wb-bnr" class="container"><section id="wb-lng"><h2 class="wb-inv">Language selection</h2><ul class="list-inline">'
        '<li><a lang="fr" hreflang="fr" href="/fr/index.html">Français</a></li></ul></section>'
        '<div class="brand"><a href="/en/index.html" property="url"><span property="name">Town of Ashcombe Harbour</span></a></div>'
        '<section id="wb-srch"><form action="/en/search.html" method="get"><input id="wb-srch-q" type="search" name="q"><button type="submit">Search</button></form></section></div>'
        '<nav id="wb-cont-menu" class="gcweb-menu" typeof="SiteNavigationElement"><h2 class="wb-inv">Menu</h2><ul role="menu">' + mega + "</ul></nav>"
        '<nav id="wb-bc" property="breadcrumb"><ol class="breadcrumb"><li><a href="/en/index.html">Home</a></li></ol></nav></header>'
        f'<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">{main}'
        '<section class="pagedetails"><div class="row"><div class="col-sm-6"><a class="btn btn-default" href="/en/report-a-problem.html">Report a problem or mistake on this page</a></div></div>'
        f'<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">{modified}</time></dd></dl></section></main>'
        '<footer id="wb-info"><div class="gc-contextual"><div class="container"><h3>Town of Ashcombe Harbour</h3><ul class="list-col-xs-1 list-col-sm-2">'
        + _links(["Contact us", "Careers", "Open data", "Accessibility plan", "Council meeting livestream"], "/en/")
        + '</ul></div></div><div class="gc-sub-footer"><div class="container"><ul>'
        + _links(["Terms and conditions", "Privacy"], "/en/")
        + "</ul><p>&copy; 2026 Town of Ashcombe Harbour</p></div></div></footer>"
        '<script src="/etc/designs/wet-boew/js/jquery/2.2.4/jquery.min.js"></script><script src="/etc/designs/wet-boew/js/wet-boew.min.js"></script>'
        "</body></html>"
    )


_ca_news = [
    ("2026/11/council-approves-2027-operating-budget", "Council approves 2027 operating and capital budgets", "2026-11-20"),
    ("2026/11/winter-parking-ban-begins-december-1", "Winter overnight parking ban begins December 1", "2026-11-16"),
    ("2026/11/remembrance-day-ceremony", "Remembrance Day ceremony at the cenotaph", "2026-11-09"),
    ("2026/10/new-rink-at-harbourfront", "Outdoor rink coming to the harbourfront", "2026-10-28"),
]

_ca_notices = [
    ("notice-of-public-meeting-official-plan", "Notice of public meeting - Official Plan Amendment No. 14", "2026-11-13"),
    ("water-main-flushing-north-ward", "Water main flushing - North Ward", "2026-11-02"),
    ("notice-of-passing-zoning-by-law-2026-88", "Notice of passing of Zoning By-law 2026-88", "2026-10-19"),
]


def ca_home() -> str:
    news = "".join(
        f'<li><a href="/en/news/{u}.html">{t}</a><br><small class="feeds-date"><time>{iso}</time></small></li>' for u, t, iso in _ca_news
    )
    notices = "".join(
        f'<li><a href="/en/notices/{u}.html">{t}</a><br><small class="feeds-date"><time>{iso}</time></small></li>' for u, t, iso in _ca_notices
    )
    main = (
        '<h1 property="name" id="wb-cont" class="wb-inv">Town of Ashcombe Harbour</h1>'
        '<section class="gc-srvinfo"><h2>Services and information</h2><div class="wb-eqht row">'
        + "".join(
            f'<div class="col-md-4"><h3><a href="/en/services/{s}.html">{t}</a></h3><p>{p}</p></div>'
            for s, t, p in [
                ("garbage", "Garbage and recycling", "Collection calendar, sorting guide, landfill hours"),
                ("taxes", "Property taxes", "Due dates, pre-authorized payments, tax certificates"),
                ("permits", "Permits and licences", "Building, burn, dog and business licences"),
                ("recreation", "Recreation", "Program guide, arena schedules, facility rentals"),
                ("roads", "Roads and sidewalks", "Snow clearing, potholes, road closures"),
                ("council", "Mayor and council", "Meetings, agendas, minutes and by-laws"),
            ]
        )
        + "</div></section>"
        '<section class="alert alert-info"><h2>Service alerts</h2><p>There are no service disruptions at this time.</p>'
        '<p><a href="/en/service-alerts.html">All service alerts</a></p></section>'
        '<div class="row"><section class="col-md-6"><h2>News releases</h2><ul class="feeds-cont list-unstyled">' + news + "</ul>"
        '<p><a href="/en/news.html">All news releases</a></p></section>'
        '<section class="col-md-6"><h2>Public notices</h2><ul class="feeds-cont list-unstyled">' + notices + "</ul>"
        '<p><a href="/en/notices.html">All public notices</a></p></section></div>'
        '<section><h2>Employment opportunities</h2><table class="table table-striped"><thead><tr><th>Position</th><th>Posted</th><th>Closing date</th></tr></thead><tbody>'
        '<tr><td><a href="/en/careers/2026-031-equipment-operator.html">Equipment Operator II (seasonal)</a></td><td>2026-11-06</td><td>2026-12-04</td></tr>'
        '<tr><td><a href="/en/careers/2026-029-recreation-programmer.html">Recreation Programmer</a></td><td>2026-10-23</td><td>2026-11-27</td></tr>'
        '<tr><td><a href="/en/careers/2026-027-deputy-clerk.html">Deputy Clerk</a></td><td>2026-10-09</td><td>2026-11-13</td></tr>'
        '</tbody></table><p><a href="/en/careers.html">All job postings</a></p></section>'
    )
    return _ca_page("Home", main, "2026-11-24")


def ca_news() -> str:
    items = "".join(
        f'<li><a href="/en/news/{u}.html">{t}</a><br><small><time>{iso}</time> | News release</small></li>' for u, t, iso in _ca_news
    )
    return _ca_page("News releases", '<h1 property="name" id="wb-cont">News releases</h1><ul class="list-unstyled">' + items + "</ul>", "2026-11-20")


def ca_notices() -> str:
    items = "".join(
        f'<li><a href="/en/notices/{u}.html">{t}</a><br><small><time>{iso}</time></small></li>' for u, t, iso in _ca_notices
    )
    return _ca_page("Public notices", '<h1 property="name" id="wb-cont">Public notices</h1><ul class="list-unstyled">' + items + "</ul>", "2026-11-13")


def ca_careers() -> str:
    main = (
        '<h1 property="name" id="wb-cont">Employment opportunities</h1><table class="table wb-tables"><thead><tr><th>Competition</th><th>Position</th>'
        "<th>Posted</th><th>Closing date</th></tr></thead><tbody>"
        '<tr><td>2026-031</td><td><a href="/en/careers/2026-031-equipment-operator.html">Equipment Operator II (seasonal)</a></td><td>2026-11-06</td><td>2026-12-04</td></tr>'
        '<tr><td>2026-029</td><td><a href="/en/careers/2026-029-recreation-programmer.html">Recreation Programmer</a></td><td>2026-10-23</td><td>2026-11-27</td></tr>'
        '<tr><td>2026-027</td><td><a href="/en/careers/2026-027-deputy-clerk.html">Deputy Clerk</a></td><td>2026-10-09</td><td>2026-11-13</td></tr>'
        "</tbody></table>"
    )
    return _ca_page("Employment opportunities", main, "2026-11-06")


def ca_release() -> str:
    main = (
        '<h1 property="name" id="wb-cont">Council approves 2027 operating and capital budgets</h1>'
        '<p class="gc-byline"><strong>From: <a href="/en/town-hall.html">Town of Ashcombe Harbour</a></strong></p>'
        "<h2>News release</h2><p>November 20, 2026 &ndash; Ashcombe Harbour, Ontario</p>"
        "<p>Town council approved the 2027 operating budget of $38.6 million and a capital budget of $14.2 million at its "
        "special meeting on November 19. The municipal portion of the average residential tax bill rises 2.9%.</p>"
        "<h2>Contacts</h2><p>Communications Office<br>613-555-0123</p>"
    )
    return _ca_page("Council approves 2027 operating and capital budgets", main, "2026-11-20")


# --------------------------------------------------------------------------------------
# 7. Irish county council on LocalGov Drupal: day-first dates, healthy
# --------------------------------------------------------------------------------------

IE_HOST = "www.carrigmorecoco.test"


def _ie_page(title: str, main: str) -> str:
    nav = {
        "Services": ["Housing", "Planning", "Roads and Transportation", "Water and Environment", "Motor Tax",
                     "Libraries", "Fire Service", "Arts and Culture", "Community", "Burial Grounds"],
        "Your Council": ["Councillors", "Council Meetings", "Corporate Plan", "Budgets", "Freedom of Information",
                         "Data Protection", "Careers", "Procurement"],
        "Business": ["Local Enterprise Office", "Commercial Rates", "Casual Trading", "Licences"],
    }
    menu = "".join(
        f'<li class="lgd-header__nav-item"><a href="/{k.lower().replace(" ", "-")}">{k}</a><ul class="lgd-header__nav-sub">'
        f'{_links(v, "/" + k.lower().replace(" ", "-") + "/")}</ul></li>'
        for k, v in nav.items()
    )
    return (
        f'<!DOCTYPE html><html lang="en-IE" dir="ltr"><head><meta charset="utf-8"><title>{title} | Carrigmore County Council</title>'
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
        '<link rel="stylesheet" href="/themes/contrib/localgov_base/css/base.css?t3m9z1">'
        f"<style>{BIG_CSS}</style>" + gtm("GTM-CCC2026")
        + '<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script>'
        "<script>var config = { apiKey: 'a1b2c3', product: 'PRO_MULTISITE', initialState: 'notify', "
        "text: { title: 'This site uses cookies to store information on your computer.' } }; CookieControl.load(config);</script>"
        '</head><body class="path-frontpage"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>'
        '<div class="lgd-region lgd-region--pre-header"><ul class="language-switcher"><li><a href="/ga">Gaeilge</a></li></ul></div>'
        '<header class="lgd-header"><a class="lgd-header__logo" href="/">Carrigmore County Council - Comhairle Contae an Charraig Mhóir</a>'
        '<nav class="lgd-header__nav lgd-header__nav--primary"><ul>' + menu + "</ul></nav>"
        '<form class="localgov-search" action="/search"><input type="search" name="s" placeholder="Search"></form></header>'
        f'<main id="main-content" class="lgd-main">{main}</main>'
        '<footer class="lgd-footer"><div class="lgd-footer__contact"><h2>Contact</h2><p>County Buildings, Main Street, Carrigmore, Co. Carrigmore, '
        'E91 X2Y3</p><p>Tel: 051 555 000 &middot; Out of hours emergencies: 1890 555 999</p></div><ul class="lgd-footer__links">'
        + _links(["Accessibility Statement", "Privacy Statement", "Cookie Policy", "Disclaimer", "Contact Us"], "/")
        + "</ul><p>&copy; 2026 Carrigmore County Council</p></footer>"
        '<script src="/core/misc/drupal.js?v=10.3.6"></script></body></html>'
    )


_ie_news = [
    ("carrigmore-town-enhancement-works-complete", "Carrigmore Town Enhancement Works Complete", "20/11/2026"),
    ("winter-maintenance-plan-2026-2027", "Winter Maintenance Plan 2026/2027 published", "12/11/2026"),
    ("community-climate-action-fund-awards", "Community Climate Action Fund: 41 projects funded", "04/11/2026"),
    ("library-halloween-programme", "Libraries Halloween programme a success", "02/11/2026"),
]


def _ie_card(href: str, title: str, meta: str) -> str:
    return (
        f'<article class="localgov-news-teaser"><h3 class="localgov-news-teaser__title"><a href="{href}">{title}</a></h3>'
        f'<div class="localgov-news-teaser__date">{meta}</div></article>'
    )


def ie_home() -> str:
    news = "".join(_ie_card(f"/news/{s}", t, f"Published: {dd}") for s, t, dd in _ie_news[:3])
    planning = "".join(
        _ie_card(f"/services/planning/part-8/{s}", t, f"Published: {dd}")
        for s, t, dd in [
            ("ballinroe-social-housing-scheme", "Part 8: Social housing scheme, 24 units, Ballinroe", "02/06/2026"),
            ("greenway-extension-phase-2", "Part 8: Carrigmore Greenway extension, Phase 2", "10/04/2026"),
            ("fire-station-upgrade-kilcarne", "Part 8: Fire station upgrade, Kilcarne", "03/02/2026"),
        ]
    )
    consult = "".join(
        f'<article class="localgov-news-teaser"><h3><a href="/consultations/{s}">{t}</a></h3>'
        f'<div class="localgov-news-teaser__date">Published: {p}</div><div class="consultation-closing">Closing date: {c}</div></article>'
        for s, t, p, c in [
            ("draft-local-transport-plan", "Draft Carrigmore Local Transport Plan", "30/10/2026", "11/12/2026"),
            ("draft-age-friendly-strategy", "Draft Age Friendly Strategy 2027-2031", "16/10/2026", "04/12/2026"),
        ]
    )
    main = (
        '<section class="hero"><h1>Carrigmore County Council</h1><p>Serving the people of County Carrigmore</p></section>'
        '<section class="service-tiles"><ul>' + _links(["Pay Motor Tax", "Report a Road Issue", "Apply for Housing", "Search Planning Applications",
                                                        "Pay Rent", "Library Catalogue", "Register to Vote", "Bring Banks and Civic Amenity Sites"], "/services/")
        + "</ul></section>"
        '<section class="localgov-news-list"><h2>Latest News</h2>' + news + '<a class="view-all" href="/news">View all news</a></section>'
        '<section class="part8"><h2>Planning Notices (Part 8)</h2>' + planning + '<a class="view-all" href="/services/planning/part-8">View all Part 8 notices</a></section>'
        '<section class="consultations"><h2>Public Consultations</h2>' + consult + '<a class="view-all" href="/consultations">View all consultations</a></section>'
        '<section class="social"><h2>Follow us</h2><ul><li><a href="https://www.facebook.com/carrigmorecoco">Facebook</a></li>'
        '<li><a href="https://x.com/carrigmorecoco">X</a></li><li><a href="https://www.linkedin.com/company/carrigmore-county-council">LinkedIn</a></li></ul></section>'
    )
    return _ie_page("Home", main)


def ie_news() -> str:
    items = "".join(_ie_card(f"/news/{s}", t, f"Published: {dd}") for s, t, dd in _ie_news)
    return _ie_page("News", "<h1>News</h1>" + items + '<nav class="pager"><a href="/news?page=1" rel="next">Next page</a></nav>')


def ie_part8() -> str:
    items = "".join(
        _ie_card(f"/services/planning/part-8/{s}", t, f"Published: {dd}")
        for s, t, dd in [
            ("ballinroe-social-housing-scheme", "Part 8: Social housing scheme, 24 units, Ballinroe", "02/06/2026"),
            ("greenway-extension-phase-2", "Part 8: Carrigmore Greenway extension, Phase 2", "10/04/2026"),
            ("fire-station-upgrade-kilcarne", "Part 8: Fire station upgrade, Kilcarne", "03/02/2026"),
            ("library-extension-ballinroe", "Part 8: Library extension, Ballinroe", "07/01/2026"),
        ]
    )
    return _ie_page("Planning Notices (Part 8)", "<h1>Planning Notices (Part 8)</h1>" + items)


def ie_article() -> str:
    main = (
        '<article class="localgov-news-article"><h1>Winter Maintenance Plan 2026/2027 published</h1>'
        '<div class="localgov-news-article__date">Published: 12/11/2026</div>'
        "<p>Carrigmore County Council has published its Winter Maintenance Plan for 2026/2027. The plan sets out the 820 km of "
        "priority routes that will be salted during frost and snow, from 1 October 2026 until 30 April 2027.</p>"
        "<p>Gritting updates will be posted on the Council's social media channels.</p></article>"
    )
    return _ie_page("Winter Maintenance Plan 2026/2027 published", main)


# --------------------------------------------------------------------------------------
# 8. UK parish council on a tiny WordPress site: zombie (last post 14 March 2024)
# --------------------------------------------------------------------------------------

PC_HOST = "www.upperwendleburypc.test"


def _wp_page(title: str, body_class: str, content: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>{title}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="WordPress 6.4.3">'
        '<link rel="stylesheet" id="twentytwentyone-style-css" href="http://www.upperwendleburypc.test/wp-content/themes/twentytwentyone/style.css?ver=2.1" media="all">'
        '<link rel="alternate" type="application/rss+xml" title="Upper Wendlebury Parish Council &raquo; Feed" href="http://www.upperwendleburypc.test/feed/">'
        '<script id="wp-emoji-settings" type="application/json">{"baseUrl":"https://s.w.org/images/core/emoji/14.0.0/72x72/","ext":".png"}</script>'
        f"<style>{BIG_CSS[:6000]}</style></head>"
        f'<body class="{body_class} wp-embed-responsive is-light-theme"><div id="page" class="site">'
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
        '<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding">'
        '<h1 class="site-title"><a href="http://www.upperwendleburypc.test/">Upper Wendlebury Parish Council</a></h1>'
        '<p class="site-description">Serving the village of Upper Wendlebury, Oxfordshire</p></div>'
        '<nav id="site-navigation" class="primary-navigation"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">'
        + _links(["Home", "Councillors", "Meetings", "Minutes", "Planning", "Finance", "Village Hall", "Contact"], "http://www.upperwendleburypc.test/", " class=menu-item")
        + "</ul></div></nav></header>"
        f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">{content}</main></div></div>'
        '<aside class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
        '<li><a href="http://www.upperwendleburypc.test/2024/03/14/annual-parish-meeting-2024/">Annual Parish Meeting 2024</a></li>'
        '<li><a href="http://www.upperwendleburypc.test/2024/01/22/precept-2024-25-agreed/">Precept 2024/25 agreed</a></li>'
        '<li><a href="http://www.upperwendleburypc.test/2023/11/08/defibrillator-installed/">Defibrillator installed at the village hall</a></li></ul></section>'
        '<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>'
        '<li><a href="http://www.upperwendleburypc.test/2024/03/">March 2024</a></li><li><a href="http://www.upperwendleburypc.test/2024/01/">January 2024</a></li>'
        '<li><a href="http://www.upperwendleburypc.test/2023/11/">November 2023</a></li></ul></section>'
        '<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Follow us on X</h2>'
        '<div class="textwidget custom-html-widget"><a class="twitter-timeline" data-height="500" data-theme="light" '
        'href="https://twitter.com/UpperWendPC?ref_src=twsrc%5Etfw">Tweets by UpperWendPC</a> '
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div></section></aside>'
        '<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">Upper Wendlebury Parish Council</div>'
        '<div class="powered-by">&copy; 2026 Upper Wendlebury Parish Council &middot; Proudly powered by <a href="https://wordpress.org/">WordPress</a></div>'
        '<p>Clerk: Mrs J. Pettifer, clerk@upperwendleburypc.test</p></div></footer></div>'
        '<script src="http://www.upperwendleburypc.test/wp-includes/js/wp-emoji-release.min.js?ver=6.4.3"></script>'
        "</body></html>"
    )


_pc_posts = [
    ("2024/03/14/annual-parish-meeting-2024", "Annual Parish Meeting 2024", "2024-03-14T19:02:11+00:00", "March 14, 2024",
     "All residents are invited to the Annual Parish Meeting on Thursday 18 April 2024 at 7.30pm in the Village Hall."),
    ("2024/01/22/precept-2024-25-agreed", "Precept 2024/25 agreed", "2024-01-22T20:15:40+00:00", "January 22, 2024",
     "At its January meeting the Council agreed a precept of &pound;18,400 for 2024/25, an increase of 3%."),
    ("2023/11/08/defibrillator-installed", "Defibrillator installed at the village hall", "2023-11-08T09:44:02+00:00", "November 8, 2023",
     "A public access defibrillator has been installed on the front wall of the Village Hall, registered with The Circuit."),
]


def pc_home() -> str:
    posts = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="http://www.upperwendleburypc.test/{s}/">{t}</a>'
        f'<time datetime="{iso}" class="wp-block-latest-posts__post-date">{txt}</time>'
        f'<div class="wp-block-latest-posts__post-excerpt">{ex}</div></li>'
        for s, t, iso, txt, ex in _pc_posts
    )
    minutes = "".join(
        f'<li><a href="http://www.upperwendleburypc.test/wp-content/uploads/{p}">{t}</a></li>'
        for p, t in [("2024/03/Minutes-2024-03.pdf", "Minutes - March 2024"), ("2024/01/Minutes-2024-01.pdf", "Minutes - January 2024"),
                     ("2023/11/Minutes-2023-11.pdf", "Minutes - November 2023"), ("2023/09/Minutes-2023-09.pdf", "Minutes - September 2023")]
    )
    content = (
        '<article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">Welcome</h1></header>'
        '<div class="entry-content"><p>Welcome to the website of Upper Wendlebury Parish Council. The Council meets on the third Thursday of '
        "alternate months in the Village Hall. Members of the public are welcome to attend.</p>"
        '<h2 class="wp-block-heading">Latest News</h2><ul class="wp-block-latest-posts__list has-dates has-excerpts wp-block-latest-posts">' + posts + "</ul>"
        '<p><a href="http://www.upperwendleburypc.test/news/">All news</a></p>'
        '<h2 class="wp-block-heading">Meeting Minutes</h2><ul class="wp-block-file-list">' + minutes + "</ul>"
        '<p><a href="http://www.upperwendleburypc.test/minutes/">All minutes</a></p>'
        "<h2>Next meeting</h2><p>Date to be confirmed.</p></div></article>"
    )
    return _wp_page("Upper Wendlebury Parish Council &#8211; Serving the village of Upper Wendlebury", "home page-template-default page", content)


def pc_news() -> str:
    arts = "".join(
        f'<article class="post type-post status-publish format-standard hentry entry"><header class="entry-header">'
        f'<h2 class="entry-title default-max-width"><a href="http://www.upperwendleburypc.test/{s}/">{t}</a></h2></header>'
        f'<div class="entry-content"><p>{ex}</p></div><footer class="entry-footer default-max-width"><span class="posted-on">Published '
        f'<time class="entry-date published updated" datetime="{iso}">{txt}</time></span></footer></article>'
        for s, t, iso, txt, ex in _pc_posts
    )
    return _wp_page("News &#8211; Upper Wendlebury Parish Council", "blog hfeed", '<header class="page-header"><h1 class="page-title">News</h1></header>' + arts)


def pc_minutes() -> str:
    rows = "".join(
        f'<li><a href="http://www.upperwendleburypc.test/wp-content/uploads/{y}/{m}/Minutes-{y}-{m}.pdf">Minutes-{y}-{m}.pdf</a></li>'
        for y, m in [("2024", "03"), ("2024", "01"), ("2023", "11"), ("2023", "09"), ("2023", "07"), ("2023", "05"), ("2023", "03")]
    )
    return _wp_page("Minutes &#8211; Upper Wendlebury Parish Council", "page-template-default page",
                    '<article class="page"><h1 class="entry-title">Minutes</h1><div class="entry-content"><ul>' + rows + "</ul></div></article>")


# --------------------------------------------------------------------------------------
# 9. City on Granicus govAccess with five empty sections: stale at full (column_empty)
# --------------------------------------------------------------------------------------

GA_HOST = "www.marlowsprings-ga.test"

_ga_sections = [
    # heading, path, empty marker (None = not empty)
    ("News", "/news", None),
    ("Bids &amp; RFPs", "/business/bids-rfps", "There are currently no items to display."),
    ("Job Openings", "/government/human-resources/job-openings", "No results found."),
    ("Public Hearing Notices", "/government/public-hearing-notices", "There are currently no items to display."),
    ("Ordinances &amp; Resolutions", "/government/ordinances-resolutions", "No results found."),
    ("Budget Documents", "/government/finance/budget-documents", "There are currently no items to display."),
]


def _ga_page(title: str, main: str) -> str:
    menu = {
        "Government": ["Mayor &amp; City Council", "City Manager", "City Clerk", "Finance", "Human Resources", "Municipal Court",
                       "Police", "Fire", "Public Works", "Planning &amp; Zoning", "Parks &amp; Recreation", "Utilities"],
        "Residents": ["Pay Utility Bill", "Garbage &amp; Recycling", "Report a Problem", "Parks", "Library", "Senior Center"],
        "Business": ["Business License", "Bids &amp; RFPs", "Permits &amp; Inspections", "Economic Development"],
        "Visitors": ["Events", "Things to Do", "History", "Maps"],
    }
    mega = "".join(
        f'<li class="nav-item dropdown"><a class="nav-link" href="/{k.lower()}">{k}</a><div class="dropdown-menu mega"><ul>'
        f'{_links(v, "/" + k.lower() + "/")}</ul></div></li>'
        for k, v in menu.items()
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Marlow Springs, GA</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="generator" content="Drupal 9 (govAccess)">'
        '<link rel="stylesheet" href="/sites/g/files/vyhlif7021/themes/site/dist/css/main.css?s4d2">'
        f"<style>{BIG_CSS}</style>" + gtm("GTM-MS9GA11")
        + '</head><body><div class="alert-banner-region"></div>'
        '<header class="site-header"><a class="logo" href="/"><img src="/sites/g/files/vyhlif7021/f/logo.png" alt="City of Marlow Springs, Georgia"></a>'
        '<nav class="main-nav"><ul class="navbar-nav">' + mega + "</ul></nav>"
        '<div class="header-search"><form action="/search"><input type="text" name="keys" aria-label="Search"></form></div></header>'
        f'<main class="main-content" id="main">{main}</main>'
        '<footer class="site-footer"><div class="footer-contact"><p>City Hall &middot; 200 Marlow Street, Marlow Springs, GA 30500 &middot; 706-555-0133</p>'
        '<p>Hours: Monday - Friday, 8:00 a.m. - 5:00 p.m.</p></div><ul class="footer-menu">'
        + _links(["Accessibility", "Privacy Policy", "Site Map", "Contact Us", "Staff Login"], "/")
        + '</ul><p class="copyright">&copy; 2026 City of Marlow Springs. All rights reserved.</p>'
        '<p class="granicus">Powered by <a href="https://granicus.com/solution/govaccess/">Granicus</a></p></footer>'
        '<script src="/sites/g/files/vyhlif7021/themes/site/dist/js/main.js?s4d2"></script></body></html>'
    )


_ga_news = [
    ("thanksgiving-holiday-schedule", "Thanksgiving Holiday Schedule for City Services", "Nov 19, 2026"),
    ("water-main-replacement-elm-street", "Water Main Replacement on Elm Street Begins", "Nov 12, 2026"),
    ("veterans-day-parade-recap", "Veterans Day Parade Draws Record Crowd", "Nov 11, 2026"),
]


def _ga_block(head: str, path: str, marker: str | None) -> str:
    if marker is None:
        body = '<div class="view-content"><ul>' + "".join(
            f'<li class="views-row"><div class="news-title"><a href="/news/{s}">{t}</a></div><div class="news-date">{dd}</div></li>'
            for s, t, dd in _ga_news
        ) + "</ul></div>"
    else:
        body = f'<div class="view-empty"><p>{marker}</p></div>'
    return (
        f'<section class="block block-views"><h2 class="block-title">{head}</h2>{body}'
        f'<div class="more-link"><a href="{path}">View All</a></div></section>'
    )


def ga_home() -> str:
    blocks = "".join(_ga_block(h, p, m) for h, p, m in _ga_sections)
    main = (
        '<section class="hero"><h1>Welcome to Marlow Springs</h1><p>A small city with a big heart in the foothills of North Georgia.</p></section>'
        '<section class="quick-links"><ul>' + _links(["Pay Utility Bill", "Agendas &amp; Minutes", "Report a Concern", "Permits", "Court Payments", "Jobs"], "/how-do-i/")
        + "</ul></section>"
        '<section class="block block-emergency"><h2 class="block-title">Emergency Alerts</h2><div class="view-empty"><p>There are no alerts at this time.</p></div>'
        '<div class="more-link"><a href="/alerts">View All</a></div></section>'
        '<div class="home-columns">' + blocks + "</div>"
    )
    return _ga_page("Home", main)


def ga_section(head: str, marker: str | None) -> str:
    if marker is None:
        inner = '<div class="view-content"><ul>' + "".join(
            f'<li class="views-row"><h3><a href="/news/{s}">{t}</a></h3><div class="news-date">{dd}</div></li>' for s, t, dd in _ga_news
        ) + "</ul></div>"
    else:
        inner = (
            '<div class="views-exposed-form"><form><label>Keyword</label><input type="text" name="combine">'
            '<label>Category</label><select name="field_category"><option>- Any -</option></select><button type="submit">Apply</button></form></div>'
            f'<div class="view-empty"><p>{marker}</p></div>'
        )
    return _ga_page(head, f"<h1>{head}</h1>{inner}")


def ga_alerts() -> str:
    return _ga_page("Emergency Alerts", '<h1>Emergency Alerts</h1><div class="view-empty"><p>There are no alerts at this time.</p></div>')


# --------------------------------------------------------------------------------------
# 10. UK city council whose public-health blog writes about gambling harm: healthy, clean
# --------------------------------------------------------------------------------------

WX_HOST = "www.wexcombe.test"


def _wx_page(title: str, main: str) -> str:
    menu = ["Bins and recycling", "Council tax", "Benefits", "Housing", "Parking", "Planning and building control",
            "Roads and travel", "Schools and learning", "Adult social care", "Children and families", "Leisure and culture",
            "Business and licensing", "Jobs", "Your council", "Public health"]
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title} - Wexcombe City Council</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/css/app.css?v=4.18.0">'
        f"<style>{BIG_CSS}</style>" + gtm("GTM-WXC001")
        + '</head><body class="govuk-template__body"><div id="cookie-banner" class="govuk-cookie-banner" role="region" aria-label="Cookies on Wexcombe City Council">'
        '<p class="govuk-body">We use some essential cookies to make this website work. We\'d like to set additional cookies to understand how you use it.</p>'
        '<button class="govuk-button">Accept additional cookies</button> <button class="govuk-button">Reject additional cookies</button></div>'
        '<header class="govuk-header"><div class="govuk-header__container govuk-width-container"><a href="/" class="govuk-header__link">Wexcombe City Council</a>'
        '<form class="search" action="/search"><input type="search" name="q" aria-label="Search this site"></form></div>'
        '<nav class="wx-mega"><ul>' + _links(menu, "/") + "</ul></nav></header>"
        f'<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">{main}</main></div>'
        '<footer class="govuk-footer"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">'
        + _links(["Accessibility statement", "Contact us", "Cookies", "Privacy notice", "Modern slavery statement", "Site map"], "/", " class=govuk-footer__inline-list-item")
        + '</ul><p>Wexcombe City Council, Civic Centre, Guildhall Square, Wexcombe WX1 1AA</p>'
        '<p class="govuk-footer__licence-description">&copy; Wexcombe City Council 2026</p></div></footer>'
        '<script src="/assets/js/app.js?v=4.18.0"></script></body></html>'
    )


_wx_news = [
    ("winter-fuel-support-fund-opens", "Household Support Fund: winter help with energy bills opens", "23 November 2026"),
    ("guildhall-square-christmas-lights", "Guildhall Square Christmas lights switch-on this Friday", "19 November 2026"),
    ("new-cycle-lanes-portway", "New protected cycle lanes on Portway", "13 November 2026"),
]

_wx_blog = [
    ("gambling-harms-where-to-get-support", "Gambling harms: where to get support", "17 November 2026",
     "Online casino games, slots and sports betting apps are available around the clock, and adverts for free bets and bonus "
     "spins are everywhere. If betting is affecting you or someone close to you, free and confidential support is available."),
    ("stoptober-results", "Stoptober: 1,200 Wexcombe smokers made a quit attempt", "5 November 2026",
     "Our stop smoking service supported more people than ever this October."),
    ("winter-vaccines", "Winter vaccines: who is eligible and how to book", "22 October 2026",
     "Flu and COVID-19 vaccines are available free to people aged 65 and over, pregnant women and those with long-term conditions."),
]


def wx_home() -> str:
    news = "".join(
        f'<li class="wx-news__item"><h3 class="govuk-heading-s"><a class="govuk-link" href="/news/{s}">{t}</a></h3>'
        f'<p class="govuk-body-s wx-date">{dd}</p></li>'
        for s, t, dd in _wx_news
    )
    blog = "".join(
        f'<li class="wx-blog__item"><h3 class="govuk-heading-s"><a class="govuk-link" href="/public-health/blog/{s}">{t}</a></h3>'
        f'<p class="govuk-body-s wx-date">Posted on {dd}</p><p class="govuk-body-s">{ex}</p></li>'
        for s, t, dd, ex in _wx_blog
    )
    main = (
        '<h1 class="govuk-heading-xl">Wexcombe City Council</h1>'
        '<section class="wx-top-tasks"><h2 class="govuk-heading-m">Popular services</h2><ul>'
        + _links(["Check your bin day", "Pay your council tax", "Report a missed bin", "Apply for a parking permit",
                  "Report a pothole", "Find a school", "Register a birth", "Book a recycling centre slot"], "/services/")
        + "</ul></section>"
        '<section class="wx-news"><h2 class="govuk-heading-m">Latest news</h2><ul class="govuk-list">' + news + "</ul>"
        '<p><a class="govuk-link" href="/news">More news</a></p></section>'
        '<section class="wx-blog"><h2 class="govuk-heading-m">Public health blog</h2><ul class="govuk-list">' + blog + "</ul>"
        '<p><a class="govuk-link" href="/public-health/blog">More from the public health blog</a></p></section>'
    )
    return _wx_page("Home", main)


def wx_news() -> str:
    items = "".join(
        f'<li><h2 class="govuk-heading-s"><a class="govuk-link" href="/news/{s}">{t}</a></h2><p class="wx-date">{dd}</p></li>'
        for s, t, dd in [*_wx_news, ("libraries-fines-free", "Wexcombe libraries go fines-free", "6 November 2026")]
    )
    return _wx_page("News", '<h1 class="govuk-heading-xl">News</h1><ul class="govuk-list">' + items + "</ul>")


def wx_blog() -> str:
    items = "".join(
        f'<article class="wx-blog__item"><h2 class="govuk-heading-m"><a class="govuk-link" href="/public-health/blog/{s}">{t}</a></h2>'
        f'<p class="wx-date">Posted on {dd}</p><p>{ex}</p></article>'
        for s, t, dd, ex in _wx_blog
    )
    return _wx_page("Public health blog", '<h1 class="govuk-heading-xl">Public health blog</h1>' + items)


def wx_gambling_post() -> str:
    main = (
        '<article class="wx-blog-post"><h1 class="govuk-heading-xl">Gambling harms: where to get support</h1>'
        '<p class="wx-date">Posted on 17 November 2026 by the Public Health team</p>'
        "<p>Around 1 in 40 adults in Wexcombe show signs of problem gambling, and many more are affected by someone else's betting. "
        "Online casino games, slots, roulette and sports betting apps are available 24 hours a day, and adverts for free bets, "
        "bonus spins and cashback offers are hard to avoid, especially during big football tournaments.</p>"
        "<h2>Signs to look out for</h2><ul><li>Spending more time or money on gambling than intended</li>"
        "<li>Chasing losses or borrowing money to gamble, including payday loans</li><li>Hiding betting from family</li>"
        "<li>Feeling anxious or low after placing a bet</li></ul>"
        "<h2>Where to get help</h2><ul>"
        '<li><a href="https://www.gamcare.org.uk/">GamCare</a> runs the National Gambling Helpline on 0808 8020 133, free, 24 hours a day.</li>'
        '<li><a href="https://www.gamstop.co.uk/">GAMSTOP</a> lets you exclude yourself from all online gambling sites licensed in Great Britain.</li>'
        '<li><a href="https://www.nhs.uk/live-well/addiction-support/gambling-addiction/">NHS gambling addiction support</a> '
        "including the NHS Southern Gambling Service.</li>"
        '<li><a href="https://www.gamblingwithlives.org/">Gambling with Lives</a> supports families bereaved by gambling-related suicide.</li></ul>'
        "<p>Banks can block gambling transactions on your cards: ask yours about a gambling block.</p></article>"
    )
    return _wx_page("Gambling harms: where to get support", main)


# --------------------------------------------------------------------------------------
# round 8b, written after the first scan's fixes and before scanning these:
# 11. a US county on CivicPlus left since March 2025, with an embedded tweet of last week,
#     a Facebook page plugin and a fresh copyright year: zombie
# --------------------------------------------------------------------------------------

ZC_HOST = "www.tallgrasscountyne.test"


def zc_home() -> str:
    news = "".join(
        f'<li class="widgetItem h-entry"><h3 class="widgetTitle"><a href="/CivicAlerts.aspx?AID={a}">{t}</a></h3>'
        f'<div class="widgetMeta"><span class="subhead2">Posted on: {p}</span></div><a class="readOn" href="/CivicAlerts.aspx?AID={a}">Read on...</a></li>'
        for a, t, p in [("212", "Spring Burn Permits Now Available", "March 3, 2025"),
                        ("209", "County Offices Closed Presidents Day", "February 10, 2025"),
                        ("205", "2025 Property Tax Statements Mailed", "December 2, 2024")]
    )
    return (
        _cp_head("Tallgrass County, NE | Official Website").replace("Harlan Ridge County, Kansas", "Tallgrass County, Nebraska")
        + '<body class="home"><div id="divToolbars"><a href="/list.aspx" id="notifyMeLink">Notify Me&reg;</a><a href="/Search">Search</a></div>'
        '<header id="bannerDiv"><a href="/" id="logo"><img src="/ImageRepository/Document?documentID=3" alt="Tallgrass County Nebraska"></a>'
        + _cp_nav() + "</header>"
        '<main id="cpsys_contentArea"><section class="widget newsFlash"><h2 class="widgetHeader">News Flash</h2><ol class="widgetBody">'
        + news + '</ol><a class="viewAll" href="/CivicAlerts.aspx">View All</a></section>'
        '<section class="widget socialMedia"><h2 class="widgetHeader">Stay Connected</h2>'
        '<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">Road 14 north of Elmwood is closed for culvert '
        'replacement until further notice. Use Road 12 as a detour. <a href="https://t.co/x8Fq2">pic.twitter.com/x8Fq2</a></p>'
        '&mdash; Tallgrass County Roads (@TallgrassRoads) <a href="https://twitter.com/TallgrassRoads/status/1858822150000000000">November 18, 2026</a>'
        '</blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
        '<div class="fb-page" data-href="https://www.facebook.com/TallgrassCountyNE" data-tabs="timeline" data-width="340">'
        '<blockquote cite="https://www.facebook.com/TallgrassCountyNE" class="fb-xfbml-parse-ignore">'
        '<a href="https://www.facebook.com/TallgrassCountyNE">Tallgrass County, Nebraska</a></blockquote></div>'
        '<script async defer crossorigin="anonymous" src="https://connect.facebook.net/en_US/sdk.js#xfbml=1&version=v19.0"></script></section>'
        '<section class="widget quickLinks"><h2 class="widgetHeader">Popular Links</h2><ul>'
        + _links(["Treasurer", "Assessor", "Sheriff", "Roads Department", "Election Commissioner"], "/QuickLinks.aspx?CID=")
        + "</ul></section></main>"
        + _cp_footer().replace("Harlan Ridge County, KS", "Tallgrass County, NE").replace("Harlan Ridge", "Tallgrass")
        + "</body></html>"
    )


def zc_news() -> str:
    return (
        _cp_head("News Flash &bull; Tallgrass County, NE")
        + '<body><main id="cpsys_contentArea"><h1>News Flash</h1><ol>'
        '<li><h3><a href="/CivicAlerts.aspx?AID=212">Spring Burn Permits Now Available</a></h3><span>Posted on: March 3, 2025</span></li>'
        '<li><h3><a href="/CivicAlerts.aspx?AID=209">County Offices Closed Presidents Day</a></h3><span>Posted on: February 10, 2025</span></li>'
        "</ol></main>" + _cp_footer() + "</body></html>"
    )


# --------------------------------------------------------------------------------------
# 12. a UK district council on Jadu: hidden partner-sites menu, licensing news about an
#     adult gaming centre and betting shops, modern.gov meetings ahead: healthy, clean
# --------------------------------------------------------------------------------------

JD_HOST = "www.brackenmoor.test"


def _jd_page(title: str, main: str) -> str:
    partners = [("https://www.visitbrackenmoor.test/", "Visit Brackenmoor"), ("https://www.brackenmoorleisure.test/", "Brackenmoor Leisure Trust"),
                ("https://www.northshirecc.test/", "Northshire County Council"), ("https://111.nhs.uk/", "NHS 111"),
                ("https://www.police.uk/", "Police.uk"), ("https://www.gov.uk/", "GOV.UK")]
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title} | Brackenmoor District Council</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Jadu Continuum CMS">'
        '<link rel="stylesheet" href="/site/styles/generic/base.css"><link rel="stylesheet" href="/site/styles/brackenmoor/theme.css">'
        "<style>.partner-menu{display:none}.partner-menu.is-open{display:block}.visually-hidden{position:absolute!important;"
        "clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px}" + BIG_CSS[:8000] + "</style>" + gtm("GTM-BDC0011")
        + '</head><body><a class="visually-hidden" href="#content">Skip to main content</a>'
        '<header class="masthead"><a class="masthead__logo" href="/">Brackenmoor District Council</a>'
        '<button class="partner-toggle" aria-controls="partner-menu" aria-expanded="false">Partner websites</button>'
        '<nav id="partner-menu" class="partner-menu" aria-label="Partner websites"><ul>'
        + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in partners)
        + '</ul></nav><form class="masthead__search" action="/site/scripts/google_results.php"><input type="search" name="q"></form>'
        '<nav class="main-nav"><ul>' + _links(["Bins and recycling", "Council tax", "Housing", "Planning", "Licensing", "Environmental health",
                                              "Parking", "Leisure", "Business", "Council and democracy"], "/info/")
        + "</ul></nav></header>"
        f'<div id="content" class="container">{main}</div>'
        '<footer class="footer"><ul>' + _links(["Accessibility", "Contact us", "Cookies", "Privacy", "Terms of use"], "/info/")
        + "</ul><p>&copy; Brackenmoor District Council 2026</p></footer></body></html>"
    )


_jd_news = [
    ("licensing-committee-adult-gaming-centre", "Licensing committee refuses adult gaming centre on Market Street", "24 November 2026"),
    ("betting-shop-test-purchasing", "Underage test purchasing: three of five betting shops refused sale", "17 November 2026"),
    ("garden-waste-renewals", "Garden waste subscriptions for 2027 open", "12 November 2026"),
]


def jd_home() -> str:
    news = "".join(
        f'<li class="list__item"><a class="list__link" href="/news/article/{s}">{t}</a><p class="list__meta">Published {dd}</p></li>' for s, t, dd in _jd_news
    )
    meetings = "".join(
        f'<li><a href="https://democracy.brackenmoor.test/ieListDocuments.aspx?MId={m}">{t}</a> <span>{w}</span></li>'
        for m, t, w in [("5512", "Cabinet", "Thursday, 3 December 2026 7.00 pm"),
                        ("5520", "Planning Committee", "Tuesday, 8 December 2026 6.30 pm"),
                        ("5527", "Licensing Committee", "Monday, 14 December 2026 2.00 pm")]
    )
    weekly = "".join(
        f'<li><a href="/downloads/file/{i}/weekly-list-{w}">Weekly list of planning applications - week ending {dd}</a></li>'
        for i, w, dd in [("4410", "20-nov-2026", "20 November 2026"), ("4402", "13-nov-2026", "13 November 2026"), ("4391", "6-nov-2026", "6 November 2026")]
    )
    main = (
        '<h1 class="visually-hidden">Brackenmoor District Council</h1>'
        '<section class="widget widget--tasks"><h2>Do it online</h2><ul>'
        + _links(["Check your bin day", "Pay council tax", "Apply for a licence", "Comment on a planning application", "Report fly-tipping"], "/do-it-online/")
        + "</ul></section>"
        '<section class="widget widget--news"><h2>Latest news</h2><ul class="list">' + news + '</ul><a href="/news">More news</a></section>'
        '<section class="widget widget--meetings"><h2>Upcoming council meetings</h2><ul>' + meetings
        + '</ul><a href="https://democracy.brackenmoor.test/mgCalendarMonthView.aspx">Meetings calendar</a></section>'
        '<section class="widget widget--planning"><h2>Weekly planning lists</h2><ul>' + weekly + '</ul><a href="/planning/weekly-lists">All weekly lists</a></section>'
    )
    return _jd_page("Home", main)


def jd_news() -> str:
    items = "".join(
        f'<li class="list__item"><a class="list__link" href="/news/article/{s}">{t}</a><p class="list__meta">Published {dd}</p></li>'
        for s, t, dd in [*_jd_news, ("remembrance-sunday", "Remembrance Sunday services across the district", "5 November 2026")]
    )
    return _jd_page("News", '<h1>News</h1><ul class="list">' + items + "</ul>")


def jd_weekly() -> str:
    items = "".join(
        f'<li><a href="/downloads/file/{i}/weekly-list-{w}">Weekly list of planning applications - week ending {dd}</a></li>'
        for i, w, dd in [("4410", "20-nov-2026", "20 November 2026"), ("4402", "13-nov-2026", "13 November 2026"), ("4391", "6-nov-2026", "6 November 2026"),
                         ("4380", "30-oct-2026", "30 October 2026")]
    )
    return _jd_page("Weekly planning lists", "<h1>Weekly planning lists</h1><ul>" + items + "</ul>")


def jd_article() -> str:
    main = (
        '<article><h1>Licensing committee refuses adult gaming centre on Market Street</h1><p class="meta">Published 24 November 2026</p>'
        "<p>The council's Licensing Sub-Committee has refused an application under the Gambling Act 2005 for an adult gaming centre "
        "with 40 category B3 and C gaming machines (slot machines) at 12 Market Street.</p><p>Councillors heard from residents and the "
        "police that two betting shops and an existing arcade already operate within 100 metres, and that the premises are close to a "
        "secondary school. The applicant has 21 days to appeal to the magistrates' court.</p>"
        "<p>Our Statement of Gambling Policy 2025-2028 sets out how we licence casinos, bingo halls, betting shops and lotteries.</p></article>"
    )
    return _jd_page("Licensing committee refuses adult gaming centre on Market Street", main)


# --------------------------------------------------------------------------------------
# the sites and their truth
# --------------------------------------------------------------------------------------

SITES: list[Site] = [
    Site(
        key="civicplus_county", host=CP_HOST, name="Harlan Ridge County, KS (CivicPlus)",
        pages={"/": cp_home(), "/CivicAlerts.aspx": cp_newsflash(), "/AgendaCenter": cp_agenda(),
               "/AlertCenter.aspx": cp_alerts(), "/Calendar.aspx": cp_calendar()},
        full=Truth("healthy", True, must_not=("homepage_stale", "column_stale", "column_empty", "future_dated", "abandoned")),
        home=Truth("healthy", True, must_not=("homepage_stale", "abandoned", "undated")),
        columns=[
            Col("News Flash", ("news",), one("2026-11-20")),
            Col("Agenda Center", ("notice", "other"), (d("2026-11-16"), d("2026-11-24")),
                note="meeting days and posted stamps; the next meeting (Dec 1) is ahead, never the newest"),
            Col("Upcoming Events", ("other",), None, required=False),
            Col("Alert Center", ("other",), None, required=False, note="normally empty; never counted empty"),
        ],
        home_newest=(d("2026-11-20"), d("2026-11-24")),
    ),
    Site(
        key="uswds_state_agency", host=SA_HOST, name="Cascadia Department of Labor & Industries (Drupal USWDS)",
        pages={"/": sa_home(), "/newsroom": sa_newsroom(), "/laws/rulemaking": sa_rulemaking(),
               "/news/2026/10/02/state-workplace-injury-rate-falls-third-straight-year": sa_release()},
        full=Truth("stale", False, must=("homepage_stale", "column_stale"), must_not=("abandoned", "future_dated", "column_empty")),
        home=Truth("stale", False, must=("homepage_stale",), must_not=("abandoned",)),
        columns=[
            Col("News releases", ("news",), one("2026-10-02")),
            Col("Rulemaking activity", ("policy", "notice"), one("2026-09-08"),
                note="the Filed column dates a rule; the comment deadline (12/15/2026) is ahead"),
            Col("Upcoming events", ("other",), None, required=False),
        ],
        home_newest=one("2026-10-02"),
        page_dates={"/news/2026/10/02/state-workplace-injury-rate-falls-third-straight-year": d("2026-10-02")},
    ),
    Site(
        key="finalsite_district", host=FS_HOST, name="Pine Hollow USD (Finalsite)",
        pages={"/": fs_home(), "/about/news": fs_news(), "/about/district-calendar": fs_calendar()},
        full=Truth("healthy", True, must_not=("homepage_stale", "column_stale", "abandoned", "future_dated", "column_empty")),
        home=Truth("healthy", True, must=("undated",), must_not=("homepage_stale", "abandoned")),
        columns=[
            Col("District News", ("news",), one("2026-11-18"), note="the homepage cards show no date; its page does"),
            Col("Upcoming Events", ("other",), None, required=False, note="year-less Nov 30 / Dec 1: events ahead, not last year's"),
        ],
        home_newest=None,
    ),
    Site(
        key="opencities_council", host=OC_HOST, name="Yarrabee Shire Council (OpenCities)",
        pages={"/": oc_home(), "/News-and-media/Media-releases": oc_media(), "/Council/Public-notices": oc_notices(),
               "/Whats-on": oc_whats_on()},
        full=Truth("healthy", True, must_not=("homepage_stale", "column_stale", "column_empty", "future_dated", "abandoned")),
        home=Truth("healthy", True, must_not=("homepage_stale", "abandoned", "undated")),
        columns=[
            Col("Latest news", ("news",), one("2026-11-20")),
            Col("Public notices", ("notice",), one("2026-11-17")),
            Col("Have your say", ("interaction", "other"), None, required=False, note="only closing dates, all ahead"),
            Col("What's on", ("other",), None, required=False),
        ],
        home_newest=one("2026-11-20"),
    ),
    Site(
        key="nz_council_te_reo", host=NZ_HOST, name="Ōtāwhiri District Council (te reo headings)",
        pages={"/": nz_home(), "/news": nz_news(), "/council/public-notices": nz_notices(), "/have-your-say": nz_consult()},
        full=Truth("stale", False, must=("homepage_stale", "column_stale"), must_not=("abandoned", "future_dated", "column_empty")),
        home=Truth("stale", False, must=("homepage_stale",), must_not=("abandoned",)),
        columns=[
            Col("Latest news", ("news",), one("2026-10-20"), note="Ngā Pitopito Kōrero | Latest news"),
            Col("Public notices", ("notice",), one("2026-10-08"), note="Pānui | Public notices"),
            Col("Have your say", ("interaction", "other"), None, required=False, note="Kōrero mai | Have your say; closing dates ahead"),
            Col("Events", ("other",), None, required=False, note="Ngā Takahanga | Events"),
        ],
        home_newest=one("2026-10-20"),
    ),
    Site(
        key="canada_municipality", host=CA_HOST, name="Town of Ashcombe Harbour (Canada.ca style)",
        pages={"/": ca_home(), "/en/news.html": ca_news(), "/en/notices.html": ca_notices(), "/en/careers.html": ca_careers(),
               "/en/news/2026/11/council-approves-2027-operating-budget.html": ca_release()},
        full=Truth("healthy", True, must_not=("homepage_stale", "column_stale", "column_empty", "future_dated", "abandoned")),
        home=Truth("healthy", True, must_not=("homepage_stale", "abandoned", "undated")),
        columns=[
            Col("News releases", ("news",), one("2026-11-20")),
            Col("Public notices", ("notice",), one("2026-11-13")),
            Col("Employment opportunities", ("personnel",), one("2026-11-06"), note="Posted column; the closing date is a deadline"),
            Col("Service alerts", ("other",), None, required=False, note="normally empty"),
        ],
        home_newest=one("2026-11-20"),
        page_dates={"/en/news/2026/11/council-approves-2027-operating-budget.html": d("2026-11-20")},
    ),
    Site(
        key="irish_county_council", host=IE_HOST, name="Carrigmore County Council (LocalGov Drupal, day-first)",
        pages={"/": ie_home(), "/news": ie_news(), "/services/planning/part-8": ie_part8(),
               "/news/winter-maintenance-plan-2026-2027": ie_article()},
        full=Truth("healthy", True, must_not=("homepage_stale", "column_stale", "column_empty", "future_dated", "abandoned")),
        home=Truth("healthy", True, must_not=("homepage_stale", "abandoned", "undated")),
        columns=[
            Col("Latest News", ("news",), one("2026-11-20")),
            Col("Planning Notices (Part 8)", ("notice",), one("2026-06-02"),
                note="02/06/2026 is 2 June (176 days, within 180); read month-first it is 6 Feb and stale"),
            Col("Public Consultations", ("interaction", "other", "policy", "notice"), one("2026-10-30"), required=False,
                note="closing date 11/12/2026 is 11 December, ahead; month-first it would be 12 November"),
        ],
        home_newest=one("2026-11-20"),
        page_dates={"/news/winter-maintenance-plan-2026-2027": d("2026-11-12")},
    ),
    Site(
        key="uk_parish_wordpress", host=PC_HOST, name="Upper Wendlebury Parish Council (WordPress, abandoned 2024)",
        pages={"/": pc_home(), "/news/": pc_news(), "/minutes/": pc_minutes()},
        full=Truth("zombie", False, must=("abandoned", "homepage_stale"), must_not=("hidden_links", "spam_content")),
        home=Truth("zombie", False, must=("abandoned", "homepage_stale"), must_not=("hidden_links",)),
        columns=[
            Col("Latest News", ("news",), one("2024-03-14")),
            Col("Meeting Minutes", ("other", "notice", "policy"), (d("2024-03-01"), d("2024-03-31")), required=False,
                note="dated only by the file names Minutes-2024-03.pdf"),
        ],
        home_newest=one("2024-03-14"),
    ),
    Site(
        key="govaccess_empty_sections", host=GA_HOST, name="City of Marlow Springs, GA (govAccess, 5 empty sections)",
        pages={"/": ga_home(), "/alerts": ga_alerts(), **{p: ga_section(h, m) for h, p, m in _ga_sections}},
        full=Truth("stale", False, must=("column_empty",), must_not=("homepage_stale", "abandoned", "column_stale")),
        home=Truth("healthy", True, must_not=("homepage_stale", "abandoned", "column_empty", "undated")),
        columns=[
            Col("News", ("news",), one("2026-11-19")),
            Col("Bids & RFPs", ("notice",), None, empty=True),
            Col("Job Openings", ("personnel",), None, empty=True),
            Col("Public Hearing Notices", ("notice",), None, empty=True),
            Col("Ordinances & Resolutions", ("policy",), None, empty=True),
            Col("Budget Documents", ("finance",), None, empty=True),
            Col("Emergency Alerts", ("other",), None, required=False, note="normally empty, never counted"),
        ],
        home_newest=one("2026-11-19"),
        empty_count=5,
    ),
    Site(
        key="uk_city_gambling_blog", host=WX_HOST, name="Wexcombe City Council (public-health blog on gambling harm)",
        pages={"/": wx_home(), "/news": wx_news(), "/public-health/blog": wx_blog(),
               "/public-health/blog/gambling-harms-where-to-get-support": wx_gambling_post()},
        full=Truth("healthy", True, must_not=("spam_content", "hidden_links", "homepage_stale", "column_stale", "column_empty")),
        home=Truth("healthy", True, must_not=("spam_content", "hidden_links", "homepage_stale", "undated")),
        columns=[
            Col("Latest news", ("news",), one("2026-11-23")),
            Col("Public health blog", ("news", "other"), one("2026-11-17")),
        ],
        home_newest=one("2026-11-23"),
        page_dates={"/public-health/blog/gambling-harms-where-to-get-support": d("2026-11-17")},
    ),
    Site(
        key="civicplus_zombie_tweet", host=ZC_HOST, name="Tallgrass County, NE (CivicPlus, left since March 2025, embedded tweet)",
        pages={"/": zc_home(), "/CivicAlerts.aspx": zc_news()},
        full=Truth("zombie", False, must=("abandoned", "homepage_stale"), must_not=("hidden_links", "spam_content")),
        home=Truth("zombie", False, must=("abandoned", "homepage_stale"), must_not=("hidden_links",)),
        columns=[Col("News Flash", ("news",), one("2025-03-03"))],
        home_newest=one("2025-03-03"),
    ),
    Site(
        key="jadu_district_gambling_licensing", host=JD_HOST, name="Brackenmoor DC (Jadu: hidden partner menu, gambling licensing news)",
        pages={"/": jd_home(), "/news": jd_news(), "/planning/weekly-lists": jd_weekly(),
               "/news/article/licensing-committee-adult-gaming-centre": jd_article()},
        full=Truth("healthy", True, must_not=("hidden_links", "spam_content", "homepage_stale", "column_stale", "future_dated", "column_empty")),
        home=Truth("healthy", True, must_not=("hidden_links", "spam_content", "homepage_stale", "undated")),
        columns=[
            Col("Latest news", ("news",), one("2026-11-24")),
            Col("Weekly planning lists", ("notice", "other", "planning"), one("2026-11-20"), required=False,
                note="dated by 'week ending' in the titles"),
            Col("Upcoming council meetings", ("other", "notice"), None, required=False, note="meetings ahead only: no newest"),
        ],
        home_newest=one("2026-11-24"),
        page_dates={"/news/article/licensing-committee-adult-gaming-centre": d("2026-11-24")},
    ),
]
