"""Blind evaluation en-4: ten English-language public-sector sites in CMS styles the
earlier audits did not cover, written from knowledge of how such sites are built,
with the truth for each, before any scan.

NOW = Tuesday 2026-11-24.

1. eastwold    UK district council on LocalGov Drupal (news cards, service landing pages)
2. harbourvale NHS foundation trust (NHS.UK frontend; news 40 days old, "Latest updates"
               each stamped "Last updated: ..."; "Page last reviewed" written per request;
               a cookie banner naming a recent date)                      -> homepage stale
3. northmoor   UK police force (Single Online Home style: news with relative times in
               <time datetime>, appeals with dates)                        -> healthy
4. drdf        Australian state department on Squiz Matrix ("Media release | 20 November
               2026"; five news/notice/policy columns past their limits)   -> column stale
5. coralbay    Australian shire council on OpenCities (Council news 20 days old, Public
               notices 9 months, DD/MM/YYYY, a tide and fire-danger widget of today,
               events ahead)                                               -> homepage stale
6. westland    US state legislature committee page (upcoming hearings ahead, past
               agendas, MM/DD/YYYY)                                        -> healthy
7. fwrs        US federal agency regional subsite on USWDS (press releases in <time>,
               "Last reviewed" per request, six empty columns, an empty alert box)
                                                                           -> 5+ empty columns
8. inbhir      Scottish council, Gaelic/English headings ("Naidheachdan / News"), casino
               and pharmacy links hidden off-screen in its footer          -> hijacked
9. nqabara     South African local municipality on WordPress + Elementor, tenders with
               Advert/Closing date tables, nothing new for 14 months       -> zombie
10. lma        Singapore statutory board (SGDS masthead, "20 Nov 2026", Forum letter
               replies, footer "Last Updated 24 Nov 2026" per request)   -> healthy

The truth is what an inspector reading these pages would record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

NOW = date(2026, 11, 24)


def ago(days: int) -> date:
    return NOW - timedelta(days=days)


ANY = "any"  # a column's newest date not checked (an events calendar dated ahead)


@dataclass(frozen=True)
class Col:
    name: str  # a substring of the column's name as the crawler should report it
    types: tuple[str, ...]  # acceptable types (more than one: contested, said why)
    newest: date | str | None  # None: no dated item; ANY: not checked
    empty: bool = False


@dataclass(frozen=True)
class Depth:
    status: str
    passed: bool
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    last_updated: date | None = None


@dataclass(frozen=True)
class Site:
    key: str
    host: str
    path: str  # the site's URL path (a subsite may sit under its portal's host)
    name: str
    timezone: str
    pages: dict[str, str]
    full: Depth
    home: Depth
    columns: tuple[Col, ...]
    # article pages and their own date (inspect's page_date)
    page_dates: dict[str, date] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://{self.host}{self.path}"


SITES: list[Site] = []

FRESH = ("homepage_stale", "column_stale", "column_empty", "abandoned", "undated")
HIJACK = ("hidden_links", "spam_content", "offsite_redirect", "placeholder_page",
          "default_server_page", "parked_domain")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def long(d: date) -> str:  # 20 November 2026
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def short(d: date) -> str:  # 20 Nov 2026
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def us(d: date) -> str:  # November 20, 2026
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def usnum(d: date) -> str:  # 11/20/2026
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def aunum(d: date) -> str:  # 20/11/2026
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def weekday(d: date) -> str:
    return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.weekday()]


def slug(s: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:70]


def menu(sections: dict[str, list[str]], base: str, cls: str) -> str:
    """A mega menu: one panel per section, each of many service links."""
    parts = []
    for i, (sec, links) in enumerate(sections.items()):
        items = "\n".join(
            f'          <li class="{cls}__item"><a class="{cls}__link" href="{base}{slug(sec)}/{slug(x)}">{x}</a></li>'
            for x in links
        )
        parts.append(
            f'    <li class="{cls}__section" data-index="{i}">\n'
            f'      <button class="{cls}__toggle" aria-expanded="false" aria-controls="{cls}-{i}">{sec}</button>\n'
            f'      <div class="{cls}__panel" id="{cls}-{i}" hidden>\n'
            f'        <a class="{cls}__overview" href="{base}{slug(sec)}">{sec} overview</a>\n'
            f'        <ul class="{cls}__list">\n{items}\n        </ul>\n      </div>\n    </li>'
        )
    return "\n".join(parts)


COUNCIL_SERVICES = {
    "Bins and recycling": ["Bin collection days", "Report a missed bin", "Order a new bin", "Garden waste subscription",
                           "Bulky waste collection", "Recycling centres", "What goes in which bin", "Clinical waste",
                           "Assisted collections", "Christmas collection changes", "Fly-tipping", "Litter and dog fouling"],
    "Council tax": ["Pay your council tax", "Council tax bands", "Discounts and exemptions", "Single person discount",
                    "Moving home", "Set up a Direct Debit", "Council tax support", "Second homes premium",
                    "Appeal your band", "Arrears and recovery", "How your council tax is spent"],
    "Planning and building control": ["Search planning applications", "Apply for planning permission",
                                      "Comment on an application", "Pre-application advice", "Local Plan",
                                      "Neighbourhood planning", "Conservation areas", "Tree preservation orders",
                                      "Building regulations", "Dangerous structures", "Planning enforcement",
                                      "Community Infrastructure Levy"],
    "Housing": ["Apply for social housing", "Homelessness advice", "Housing benefit", "Disabled facilities grant",
                "Private sector housing", "Houses in multiple occupation", "Empty homes", "Home energy grants",
                "Report poor housing conditions"],
    "Business and licensing": ["Business rates", "Small business rate relief", "Alcohol and entertainment licences",
                               "Taxi and private hire licensing", "Street trading", "Food hygiene ratings",
                               "Register a food business", "Animal licensing", "Gambling licences", "Tenders and contracts"],
    "Environment": ["Air quality", "Noise nuisance", "Pest control", "Contaminated land", "Climate emergency",
                    "Public toilets", "Parks and open spaces", "Allotments", "Bereavement services"],
    "Council and democracy": ["Councillors and committees", "Meetings, agendas and minutes", "Elections and voting",
                              "Register to vote", "Budgets and spending", "Freedom of information",
                              "Data protection", "Complaints", "Jobs and careers", "Contact us"],
    "Leisure and culture": ["Leisure centres", "Museums", "Theatres and venues", "Sports development",
                            "Arts grants", "Tourist information", "Markets"],
}

ANALYTICS = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-8XK2M4PL1Q"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('consent','default',{'analytics_storage':'denied','ad_storage':'denied'});gtag('js',new Date());gtag('config','G-8XK2M4PL1Q',{'anonymize_ip':true});</script>"""


# ---------------------------------------------------------------------------
# 1. Eastwold District Council: LocalGov Drupal, healthy
# ---------------------------------------------------------------------------

EW_NEWS = [
    (ago(2), "Leisure centre opening hours over Christmas and New Year",
     "Opening times at Eastwold Leisure Centre and Brantham Pool change between 24 December and 2 January."),
    (ago(5), "Council approves plan to cut energy use in its buildings by a third",
     "Cabinet has agreed a five-year programme of insulation, solar panels and heat pumps."),
    (ago(9), "Have your say on the draft Eastwold Local Plan",
     "The consultation runs until 15 December and drop-in sessions are planned in every town."),
    (ago(13), "New electric vehicle charge points at three town centre car parks",
     "Twenty-four new charge points are now live in Harwick, Saxmere and Eastwold Quay."),
    (ago(19), "Winter fuel support: how to apply for the Household Support Fund",
     "Residents on low incomes can apply for help with energy and food costs this winter."),
    (ago(26), "Remembrance Sunday road closures in Harwick and Saxmere",
     "Roads will close for short periods on 8 November for parades and services."),
    (ago(33), "Eastwold wins Green Flag awards for five parks",
     "Five of the district's parks have again been recognised as among the best in the country."),
    (ago(41), "Garden waste collections finish for the winter on 27 November",
     "The last brown bin collections of the year run until the end of November."),
    (ago(47), "Mayor's charity quiz raises more than four thousand pounds",
     "Teams from across the district took part in the annual fundraiser at the Corn Exchange."),
    (ago(55), "Business rates relief extended for retail and hospitality",
     "Eligible shops, pubs and cafes will get a further year of support."),
]
EW_NOTICES = [
    (ago(18), "Notice of election: Saxmere Town Council by-election (Quay ward)"),
    (ago(32), "Notice of draft modification order: Public Footpath 14, Brantham"),
    (ago(61), "Statement of persons nominated: Harwick North by-election"),
    (ago(88), "Notice of proposed stopping up of highway: Mill Lane, Eastwold"),
    (ago(130), "Premises licence application: The Anchor, Quay Street"),
]
EW_EVENTS = [
    (NOW + timedelta(days=11), "Christmas lights switch-on, Harwick Market Square"),
    (NOW + timedelta(days=13), "Saxmere Christmas market"),
    (NOW + timedelta(days=19), "Carols at the Corn Exchange"),
    (NOW + timedelta(days=44), "Winter bird walk at Brantham Marshes"),
]


def ew_header(active: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{active + ' | ' if active else ''}Eastwold District Council</title>
<link rel="canonical" href="https://www.eastwold.gov.uk/">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="icon" href="/themes/contrib/localgov_base/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xn3pVZ0v1QKqS4k2Q6y0h3D5aL.css?delta=0&amp;language=en&amp;theme=eastwold&amp;include=eJx1i1EKgzAQRC8U3CPJaodd">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_2dNcP1bRk0.css?delta=1&amp;language=en&amp;theme=eastwold">
<style>:root{{--color-accent:#00625e;--color-accent-contrast:#fff;--spacing:1rem}}.lgd-header{{background:var(--color-accent)}}</style>
{ANALYTICS}
</head>
<body class="path-frontpage page-node-type-localgov-services-landing">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" role="banner" aria-label="Cookie consent">
  <div class="eu-cookie-compliance-content">
    <div class="eu-cookie-compliance-message" id="popup-text">
      <h2>Cookies on eastwold.gov.uk</h2>
      <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the website. Our cookie notice was reviewed on 2 November 2026.</p>
    </div>
    <div id="popup-buttons" class="eu-cookie-compliance-buttons">
      <button type="button" class="agree-button eu-cookie-compliance-default-button">Accept additional cookies</button>
      <button type="button" class="decline-button eu-cookie-compliance-default-button">Reject additional cookies</button>
      <a href="/cookies" class="eu-cookie-compliance-more-button">View cookies</a>
    </div>
  </div>
</div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="lgd-header" role="banner">
  <div class="lgd-container padding-horizontal">
    <div class="lgd-header__inner">
      <div class="lgd-header__logo">
        <a href="/" rel="home" class="lgd-header__logo-link"><img src="/themes/custom/eastwold/logo.svg" alt="Eastwold District Council homepage" width="220" height="60"></a>
      </div>
      <div class="lgd-header__search">
        <form action="/search" method="get" class="localgov-search-block" role="search">
          <label for="edit-s" class="visually-hidden">Search</label>
          <input type="search" id="edit-s" name="s" placeholder="Search eastwold.gov.uk" class="form-search">
          <button type="submit" class="button">Search</button>
        </form>
      </div>
      <button class="lgd-header__toggle" aria-controls="lgd-header__nav--primary" aria-expanded="false">Menu</button>
    </div>
  </div>
  <nav class="lgd-header__nav lgd-header__nav--primary" id="lgd-header__nav--primary" aria-label="Main">
    <ul class="lgd-header__nav-list">
{menu(COUNCIL_SERVICES, '/', 'lgd-header__nav')}
    </ul>
  </nav>
</header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>{'<li>' + active + '</li>' if active else ''}</ol></nav></div>
<main id="main-content" class="main lgd-container">
"""


def ew_footer() -> str:
    return """</main>
<section class="lgd-region lgd-region--pre-footer">
  <div class="lgd-container">
    <h2>Was this page helpful?</h2>
    <form class="feedback-form" action="/feedback" method="post"><button name="helpful" value="yes">Yes</button> <button name="helpful" value="no">No</button></form>
  </div>
</section>
<footer class="lgd-footer" role="contentinfo">
  <div class="lgd-container">
    <div class="lgd-footer__primary">
      <div class="lgd-footer__contact">
        <h2>Contact us</h2>
        <p>Eastwold District Council<br>Riverside House, Quay Street<br>Eastwold EW1 4RT</p>
        <p>Telephone: <a href="tel:+441632960000">01632 960000</a><br>Monday to Friday, 9am to 5pm</p>
      </div>
      <nav class="lgd-footer__links" aria-label="Footer">
        <ul>
          <li><a href="/accessibility-statement">Accessibility statement</a></li>
          <li><a href="/cookies">Cookies</a></li>
          <li><a href="/privacy-notice">Privacy notice</a></li>
          <li><a href="/council-and-democracy/freedom-of-information">Freedom of information</a></li>
          <li><a href="/council-and-democracy/jobs-and-careers">Jobs</a></li>
          <li><a href="/news">Newsroom</a></li>
          <li><a href="/sitemap">Site map</a></li>
        </ul>
      </nav>
      <ul class="lgd-footer__social">
        <li><a href="https://www.facebook.com/EastwoldDC">Facebook</a></li>
        <li><a href="https://www.instagram.com/eastwolddc">Instagram</a></li>
        <li><a href="https://www.linkedin.com/company/eastwold-district-council">LinkedIn</a></li>
        <li><a href="https://www.youtube.com/@eastwolddc">YouTube</a></li>
      </ul>
    </div>
    <div class="lgd-footer__secondary"><p>&copy; 2026 Eastwold District Council. Built with <a href="https://localgovdrupal.org">LocalGov Drupal</a>.</p></div>
  </div>
</footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/1","currentPathIsAdmin":false,"isFront":true,"currentLanguage":"en"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"eu_cookie_compliance":{"cookie_policy_version":"1.0.3","popup_enabled":true,"popup_agreed_enabled":false,"popup_hide_agreed":false,"popup_clicking_confirmation":false,"popup_scrolling_confirmation":false,"popup_html_info":"","method":"categories","cookie_lifetime":100},"localgov_alert_banner":{"dismiss":true},"user":{"uid":0,"permissionsHash":"f3a9b1c0c45a6d6b1d9e1f2"}}</script>
<script src="/sites/default/files/js/js_jQfzv3xK4bEd8w.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=eastwold"></script>
</body>
</html>
"""


def ew_teaser(d: date, title: str, summary: str, img: int) -> str:
    return f"""      <article class="lgd-teaser lgd-teaser--localgov-news-article lgd-teaser--has-image">
        <div class="lgd-teaser__image"><img loading="lazy" src="/sites/default/files/styles/card/public/2026-11/news-{img}.jpg" width="400" height="225" alt=""></div>
        <div class="lgd-teaser__content">
          <h3 class="lgd-teaser__title"><a href="/news/{slug(title)}" rel="bookmark">{title}</a></h3>
          <div class="lgd-teaser__date"><time datetime="{d.isoformat()}T09:30:00Z">{long(d)}</time></div>
          <div class="lgd-teaser__summary"><p>{summary}</p></div>
        </div>
      </article>"""


def ew_home() -> str:
    services = "\n".join(
        f"""      <li class="lgd-services-landing__item">
        <h3><a href="/{slug(sec)}">{sec}</a></h3>
        <ul class="lgd-services-landing__links">{''.join(f'<li><a href="/{slug(sec)}/{slug(x)}">{x}</a></li>' for x in links[:4])}</ul>
      </li>"""
        for sec, links in COUNCIL_SERVICES.items()
    )
    news = "\n".join(ew_teaser(d, t, s, i) for i, (d, t, s) in enumerate(EW_NEWS[:4]))
    events = "\n".join(
        f"""        <li class="localgov-events-teaser">
          <div class="localgov-events-teaser__date"><span class="day">{d.day}</span> <span class="month">{MONTHS[d.month - 1][:3]}</span></div>
          <h3><a href="/events/{slug(t)}">{t}</a></h3>
          <p class="localgov-events-teaser__when">{weekday(d)} {long(d)}, 4pm to 7pm</p>
        </li>"""
        for d, t in EW_EVENTS[:3]
    )
    notices = "\n".join(
        f'        <li><a href="/public-notices/{slug(t)}">{t}</a> <span class="date">Published {long(d)}</span></li>'
        for d, t in EW_NOTICES[:3]
    )
    body = f"""<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title visually-hidden">Eastwold District Council</h1></div>
<div class="localgov-alert-banner localgov-alert-banner--minor" role="region" aria-label="Site alert">
  <div class="localgov-alert-banner__content"><h2>Christmas bin collections</h2><p>Collections move by up to two days over Christmas. <a href="/bins-and-recycling/christmas-collection-changes">Check your new collection day</a>.</p></div>
</div>
<section class="lgd-row lgd-top-tasks">
  <h2 class="visually-hidden">Top tasks</h2>
  <ul class="lgd-top-tasks__list">
    <li><a href="/bins-and-recycling/bin-collection-days">Check your bin day</a></li>
    <li><a href="/council-tax/pay-your-council-tax">Pay council tax</a></li>
    <li><a href="/planning-and-building-control/search-planning-applications">Search planning applications</a></li>
    <li><a href="/report-it">Report a problem</a></li>
    <li><a href="/housing/apply-for-social-housing">Apply for housing</a></li>
    <li><a href="/council-and-democracy/jobs-and-careers">Find a job with us</a></li>
  </ul>
</section>
<section class="lgd-services-landing">
  <h2>Services</h2>
  <ul class="lgd-services-landing__list">
{services}
  </ul>
</section>
<section class="lgd-row localgov-newsroom-featured">
  <h2>Latest news</h2>
  <div class="lgd-teaser-list">
{news}
  </div>
  <p class="more-link"><a href="/news">View all news</a></p>
</section>
<div class="lgd-row lgd-row--two-col">
  <section class="localgov-events-upcoming">
    <h2>What's on</h2>
    <ul class="localgov-events-list">
{events}
    </ul>
    <p class="more-link"><a href="/events">See all events</a></p>
  </section>
  <section class="localgov-public-notices">
    <h2>Public notices</h2>
    <ul class="lgd-link-list">
{notices}
    </ul>
    <p class="more-link"><a href="/public-notices">All public notices</a></p>
  </section>
</div>
<section class="lgd-row lgd-campaign">
  <div class="lgd-campaign__inner">
    <h2>Eastwold 2040: our vision for the district</h2>
    <p>We are asking residents, businesses and community groups what they want the district to look like in 2040.</p>
    <a class="button" href="/council-and-democracy/eastwold-2040">Find out more</a>
  </div>
</section>
"""
    return ew_header() + body + ew_footer()


def ew_news_page() -> str:
    teasers = "\n".join(ew_teaser(d, t, s, i) for i, (d, t, s) in enumerate(EW_NEWS))
    body = f"""<h1 class="lgd-page-title-block__title">News</h1>
<div class="lgd-row">
  <aside class="lgd-sidebar">
    <form class="views-exposed-form" action="/news" method="get"><label for="edit-search">Search news</label><input id="edit-search" name="search" type="text"><button>Apply</button></form>
  </aside>
  <div class="view view-localgov-news-list view-display-id-all_news">
    <div class="view-content lgd-teaser-list">
{teasers}
    </div>
    <nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
      <ul class="pager__items js-pager__items"><li class="pager__item is-active"><a href="?page=0" aria-current="page">1</a></li><li class="pager__item"><a href="?page=1">2</a></li><li class="pager__item"><a href="?page=2">3</a></li><li class="pager__item pager__item--next"><a href="?page=1" rel="next">Next</a></li></ul>
    </nav>
  </div>
</div>
"""
    return ew_header("News") + body + ew_footer()


def ew_notices_page() -> str:
    rows = "\n".join(
        f"""    <article class="lgd-teaser lgd-teaser--public-notice">
      <h3 class="lgd-teaser__title"><a href="/public-notices/{slug(t)}">{t}</a></h3>
      <p class="lgd-teaser__date">Published: {long(d)}</p>
    </article>"""
        for d, t in EW_NOTICES
    )
    return ew_header("Public notices") + f"""<h1>Public notices</h1>
<p>Statutory notices published by Eastwold District Council, including election notices, highway orders and licensing applications.</p>
<div class="view view-public-notices"><div class="view-content">
{rows}
</div></div>
""" + ew_footer()


def ew_events_page() -> str:
    rows = "\n".join(
        f"""    <article class="localgov-event-teaser">
      <h3><a href="/events/{slug(t)}">{t}</a></h3>
      <div class="localgov-event-teaser__date"><time datetime="{d.isoformat()}T16:00:00Z">{weekday(d)} {long(d)}</time>, 4pm to 7pm</div>
      <p>Free event. Everyone welcome.</p>
    </article>"""
        for d, t in EW_EVENTS
    )
    return ew_header("What's on") + f"""<h1>What's on</h1>
<form class="localgov-events-search" action="/events" method="get"><label>From <input type="date" name="start" value="{NOW.isoformat()}"></label><label>To <input type="date" name="end"></label><button>Search</button></form>
<div class="view view-localgov-events-listing"><div class="view-content">
{rows}
</div></div>
""" + ew_footer()


def ew_article() -> str:
    d, t, s = EW_NEWS[0]
    return ew_header(t) + f"""<article class="localgov-news-article">
  <h1 class="lgd-page-title-block__title">{t}</h1>
  <div class="localgov-news-article__date">Published: <time datetime="{d.isoformat()}T09:30:00Z">{long(d)}</time></div>
  <img src="/sites/default/files/2026-11/news-0.jpg" alt="Eastwold Leisure Centre pool" width="800" height="450">
  <div class="localgov-news-article__body">
    <p>{s}</p>
    <p>Eastwold Leisure Centre will be open from 7am to 1pm on Christmas Eve and closed on Christmas Day and Boxing Day. Brantham Pool will close from 24 December and reopen on 2 January.</p>
    <p>Gym members can use either site on any day both are open. Swimming lessons pause for two weeks and restart in the week beginning 5 January.</p>
    <h2>Opening times</h2>
    <table><thead><tr><th>Day</th><th>Eastwold Leisure Centre</th><th>Brantham Pool</th></tr></thead>
    <tbody><tr><td>24 December</td><td>7am to 1pm</td><td>Closed</td></tr><tr><td>25 and 26 December</td><td>Closed</td><td>Closed</td></tr><tr><td>27 to 31 December</td><td>8am to 6pm</td><td>Closed</td></tr><tr><td>1 January</td><td>10am to 4pm</td><td>Closed</td></tr></tbody></table>
  </div>
  <section class="localgov-related"><h2>Related news</h2><ul>
    <li><a href="/news/{slug(EW_NEWS[1][1])}">{EW_NEWS[1][1]}</a> <span>{long(EW_NEWS[1][0])}</span></li>
    <li><a href="/news/{slug(EW_NEWS[3][1])}">{EW_NEWS[3][1]}</a> <span>{long(EW_NEWS[3][0])}</span></li>
  </ul></section>
</article>
""" + ew_footer()


SITES.append(Site(
    key="eastwold", host="www.eastwold-dc.test", path="/", name="Eastwold District Council",
    timezone="Europe/London",
    pages={"/": ew_home(), "/news": ew_news_page(), "/public-notices": ew_notices_page(),
           "/events": ew_events_page(), f"/news/{slug(EW_NEWS[0][1])}": ew_article()},
    full=Depth("healthy", True, must_not=FRESH + HIJACK + ("future_dated",), last_updated=ago(2)),
    home=Depth("healthy", True, must_not=FRESH + HIJACK, last_updated=ago(2)),
    columns=(
        Col("Latest news", ("news",), ago(2)),
        # events are dated ahead: no freshness class
        Col("What's on", ("other",), ANY),
        Col("Public notices", ("notice",), ago(18)),
    ),
    page_dates={f"/news/{slug(EW_NEWS[0][1])}": ago(2)},
))


# ---------------------------------------------------------------------------
# 2. Harbourvale Hospitals NHS Foundation Trust: NHS.UK frontend, homepage stale
# ---------------------------------------------------------------------------

HV_NEWS = [
    (ago(40), "New radiotherapy bunker opens at Harbourvale Cancer Centre"),
    (ago(52), "Trust celebrates 25 years of its hospital radio service"),
    (ago(64), "Flu and COVID-19 vaccinations for staff start this month"),
    (ago(77), "Harbourvale maternity unit rated good by the Care Quality Commission"),
    (ago(90), "Volunteers needed for our new discharge lounge"),
    (ago(104), "Annual members' meeting: watch the recording"),
    (ago(118), "Car park resurfacing at St Anne's Hospital"),
    (ago(131), "Harbourvale nurses win national award for sepsis care"),
]
HV_UPDATES = [
    (ago(46), "Visiting times on adult wards"),
    (ago(58), "Outpatient pharmacy moves to the main entrance"),
    (ago(71), "Parking charges for patients and visitors"),
    (ago(95), "Changes to the phlebotomy (blood test) service"),
    (ago(140), "Minor injuries unit opening hours at Westcliff"),
]
HV_SERVICES = {
    "Our services": ["A to Z of services", "Cardiology", "Children's services", "Diabetes and endocrinology",
                     "Emergency department", "Maternity", "Oncology", "Ophthalmology", "Orthopaedics",
                     "Radiology", "Renal", "Respiratory medicine", "Stroke", "Urology", "Urgent treatment centre"],
    "Patients and visitors": ["Coming to hospital", "Visiting times", "Parking", "Travel and maps",
                              "Patient Advice and Liaison Service", "Interpreting services", "Chaplaincy",
                              "Your health records", "Compliments and complaints", "Patient leaflets"],
    "Work for us": ["Current vacancies", "Nursing careers", "Medical staffing", "International recruitment",
                    "Apprenticeships", "Volunteering", "Staff benefits"],
    "About us": ["Our hospitals", "Board of directors", "Council of governors", "Board papers",
                 "Annual reports", "Freedom of information", "Equality and diversity", "Membership",
                 "Research and innovation", "Charity"],
}


def hv_wrap(title: str, main: str) -> str:
    nav = "\n".join(
        f'      <li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="/{slug(sec)}">{sec}</a></li>'
        for sec in HV_SERVICES
    )
    mega = menu(HV_SERVICES, "/", "hv-mega")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - Harbourvale Hospitals NHS Foundation Trust</title>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="description" content="Harbourvale Hospitals NHS Foundation Trust runs Harbourvale General Hospital, St Anne's Hospital and Westcliff Community Hospital.">
<link rel="stylesheet" href="/assets/css/nhsuk-9.1.0.min.css">
<link rel="stylesheet" href="/assets/css/trust.css?v=4.2.7">
<script src="/assets/js/nhsuk-9.1.0.min.js" defer></script>
<link rel="shortcut icon" href="/assets/favicons/favicon.ico" type="image/x-icon">
<link rel="apple-touch-icon" href="/assets/favicons/apple-touch-icon-180x180.png">
</head>
<body class="js-enabled">
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<div class="nhsuk-cookie-banner" id="nhsuk-cookie-banner" role="region" aria-label="Cookie banner">
  <div class="nhsuk-width-container">
    <h2>Cookies on the Harbourvale Hospitals website</h2>
    <p>We've put some small files called cookies on your device to make our site work.</p>
    <p>We'd also like to use analytics cookies. These send information about how our site is used to a service called Adobe Analytics. We use this information to improve our site.</p>
    <p>We updated our cookie policy on 12 November 2026. Let us know if this is OK.</p>
    <ul><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">I'm OK with analytics cookies</button></li>
    <li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept">Do not use analytics cookies</button></li></ul>
    <p><a href="/our-cookie-policy">Read more about our cookies</a></p>
  </div>
</div>
<header class="nhsuk-header nhsuk-header--organisation nhsuk-header--white" role="banner">
  <div class="nhsuk-header__container">
    <div class="nhsuk-header__logo">
      <a class="nhsuk-header__link" href="/" aria-label="Harbourvale Hospitals NHS Foundation Trust homepage">
        <svg class="nhsuk-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 16" height="40" width="100"><path class="nhsuk-logo__background" fill="#005eb8" d="M0 0h40v16H0z"></path><path class="nhsuk-logo__text" fill="#fff" d="M3.9 1.5h4.4l2.6 9h.1l1.8-9h3.3l-2.8 13H9l-2.7-9h-.1l-1.8 9H1.1M17.3 1.5h3.6l-1 4.9h4L25 1.5h3.5l-2.7 13h-3.5l1.1-5.6h-4.1l-1.2 5.6h-3.4M37.7 4.4c-.7-.3-1.6-.6-2.9-.6-1.4 0-2.5.2-2.5 1.3 0 1.8 5.1 1.2 5.1 5.1 0 3.6-3.3 4.5-6.4 4.5-1.3 0-2.9-.3-4-.7l.8-2.7c.7.4 2.1.7 3.2.7s2.8-.2 2.8-1.5c0-2.1-5.1-1.3-5.1-5 0-3.4 2.9-4.4 5.8-4.4 1.6 0 3.1.2 4 .6"></path></svg>
        <span class="nhsuk-organisation-name">Harbourvale Hospitals</span>
        <span class="nhsuk-organisation-descriptor">NHS Foundation Trust</span>
      </a>
    </div>
    <div class="nhsuk-header__content" id="content-header">
      <div class="nhsuk-header__search">
        <form class="nhsuk-header__search-form" id="search" action="/search" method="get" role="search">
          <label class="nhsuk-u-visually-hidden" for="search-field">Search the Harbourvale Hospitals website</label>
          <input class="nhsuk-search__input" id="search-field" name="q" type="search" placeholder="Search" autocomplete="off">
          <button class="nhsuk-search__submit" type="submit">Search</button>
        </form>
      </div>
    </div>
  </div>
  <nav class="nhsuk-navigation" id="header-navigation" role="navigation" aria-label="Primary navigation">
    <ul class="nhsuk-header__navigation-list">
      <li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="/">Home</a></li>
{nav}
      <li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="/news">News</a></li>
      <li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="/contact-us">Contact us</a></li>
    </ul>
  </nav>
  <div class="hv-mega" hidden><ul class="hv-mega__sections">
{mega}
  </ul></div>
</header>
<div class="nhsuk-width-container">
<main class="nhsuk-main-wrapper" id="maincontent" role="main">
{main}
<div class="nhsuk-review-date">
  <p class="nhsuk-body-s">Page last reviewed: {long(NOW)}<br>Next review due: {long(NOW + timedelta(days=365))}</p>
</div>
</main>
</div>
<footer role="contentinfo">
  <div class="nhsuk-footer-container">
    <div class="nhsuk-width-container">
      <h2 class="nhsuk-u-visually-hidden">Support links</h2>
      <div class="nhsuk-footer">
        <ul class="nhsuk-footer__list">
          <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/accessibility">Accessibility statement</a></li>
          <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/contact-us">Contact us</a></li>
          <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/our-cookie-policy">Cookies</a></li>
          <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/privacy-notice">Privacy notice</a></li>
          <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/about-us/freedom-of-information">Freedom of information</a></li>
          <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/modern-slavery-statement">Modern slavery statement</a></li>
        </ul>
        <p class="nhsuk-footer__copyright">&copy; Harbourvale Hospitals NHS Foundation Trust 2026</p>
      </div>
    </div>
  </div>
</footer>
<script>window.adobeDataLayer=window.adobeDataLayer||[];window.adobeDataLayer.push({{"page":{{"pageInfo":{{"pageName":"{title}","siteSection":"home"}}}}}});</script>
<script src="https://assets.adobedtm.com/launch-EN8f3c2b6d4e5f.min.js" async></script>
</body>
</html>
"""


def hv_card(d: date, t: str, i: int) -> str:
    return f"""      <li class="nhsuk-grid-column-one-quarter nhsuk-card-group__item">
        <div class="nhsuk-card nhsuk-card--clickable">
          <img class="nhsuk-card__img" src="/media/news/{i}.jpg" alt="">
          <div class="nhsuk-card__content">
            <h3 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" href="/news/{slug(t)}">{t}</a></h3>
            <p class="nhsuk-card__description nhsuk-body-s">{long(d)}</p>
          </div>
        </div>
      </li>"""


def hv_update(d: date, t: str) -> str:
    return f"""      <li class="hv-update">
        <a class="hv-update__link" href="/patients-and-visitors/{slug(t)}">{t}</a>
        <p class="hv-update__meta nhsuk-body-s">Last updated: {long(d)}</p>
      </li>"""


def hv_home() -> str:
    services = "".join(
        f'<li><a href="/our-services/{slug(x)}">{x}</a></li>' for x in HV_SERVICES["Our services"]
    )
    main = f"""<h1 class="nhsuk-u-visually-hidden">Harbourvale Hospitals NHS Foundation Trust</h1>
<div class="nhsuk-hero nhsuk-hero--image" style="background-image:url('/media/hero/harbourvale-general.jpg')">
  <div class="nhsuk-hero__overlay"><div class="nhsuk-width-container"><div class="nhsuk-hero-content">
    <p class="nhsuk-body-l">Outstanding care, every time. Caring for 420,000 people across Harbourvale and the Westcliff coast.</p>
    <a class="nhsuk-button" href="/patients-and-visitors/coming-to-hospital">Coming to hospital</a>
  </div></div></div>
</div>
<div class="nhsuk-warning-callout">
  <h3 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">Important: </span>Emergency department</span></h3>
  <p>Our emergency department is very busy. If it is not an emergency, use <a href="https://111.nhs.uk">NHS 111 online</a> or call 111.</p>
</div>
<section>
  <h2>Quick links</h2>
  <ul class="nhsuk-grid-row nhsuk-card-group">
    <li class="nhsuk-grid-column-one-third nhsuk-card-group__item"><div class="nhsuk-card nhsuk-card--clickable"><div class="nhsuk-card__content"><h3 class="nhsuk-card__heading"><a class="nhsuk-card__link" href="/our-services/a-to-z-of-services">Find a service</a></h3></div></div></li>
    <li class="nhsuk-grid-column-one-third nhsuk-card-group__item"><div class="nhsuk-card nhsuk-card--clickable"><div class="nhsuk-card__content"><h3 class="nhsuk-card__heading"><a class="nhsuk-card__link" href="/patients-and-visitors/visiting-times">Visiting times</a></h3></div></div></li>
    <li class="nhsuk-grid-column-one-third nhsuk-card-group__item"><div class="nhsuk-card nhsuk-card--clickable"><div class="nhsuk-card__content"><h3 class="nhsuk-card__heading"><a class="nhsuk-card__link" href="/work-for-us/current-vacancies">Work for us</a></h3></div></div></li>
  </ul>
</section>
<section class="hv-news">
  <h2>Latest news</h2>
  <ul class="nhsuk-grid-row nhsuk-card-group">
{''.join(hv_card(d, t, i) for i, (d, t) in enumerate(HV_NEWS[:4]))}
  </ul>
  <p><a class="nhsuk-action-link__link" href="/news"><span class="nhsuk-action-link__text">See all news</span></a></p>
</section>
<section class="hv-updates">
  <h2>Latest updates</h2>
  <ul class="nhsuk-list hv-update-list">
{''.join(hv_update(d, t) for d, t in HV_UPDATES[:4])}
  </ul>
  <p><a href="/patients-and-visitors/service-updates">All service updates</a></p>
</section>
<section class="hv-events">
  <h2>Events</h2>
  <ul class="nhsuk-list">
    <li><a href="/events/open-day-harbourvale-general">Open day at Harbourvale General Hospital</a> - {weekday(NOW + timedelta(days=11))} {long(NOW + timedelta(days=11))}, 10am to 2pm</li>
    <li><a href="/events/council-of-governors-meeting">Council of Governors meeting (public)</a> - {long(NOW + timedelta(days=16))}</li>
    <li><a href="/events/nursing-recruitment-day">Nursing and midwifery recruitment day</a> - {long(NOW + timedelta(days=38))}</li>
  </ul>
</section>
<section class="hv-services">
  <h2>Our services</h2>
  <ul class="nhsuk-list nhsuk-u-font-size-16 hv-columns">{services}</ul>
</section>
"""
    return hv_wrap("Home", main)


def hv_news_page() -> str:
    items = "".join(
        f"""  <li class="nhsuk-list-panel__item">
    <h2 class="nhsuk-heading-s"><a href="/news/{slug(t)}">{t}</a></h2>
    <p class="nhsuk-body-s nhsuk-u-secondary-text-color">{long(d)}</p>
  </li>
"""
        for d, t in HV_NEWS
    )
    main = f"""<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol class="nhsuk-breadcrumb__list"><li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/">Home</a></li></ol></nav>
<h1>News</h1>
<p class="nhsuk-lede-text">The latest news from Harbourvale Hospitals NHS Foundation Trust. For media enquiries call our communications team on 01632 960400.</p>
<ul class="nhsuk-list nhsuk-list-panel">
{items}</ul>
<nav class="nhsuk-pagination" role="navigation" aria-label="Pagination"><ul class="nhsuk-list nhsuk-pagination__list"><li class="nhsuk-pagination-item--next"><a class="nhsuk-pagination__link nhsuk-pagination__link--next" href="/news?page=2"><span class="nhsuk-pagination__title">Next</span><span class="nhsuk-pagination__page">Page 2</span></a></li></ul></nav>
"""
    return hv_wrap("News", main)


def hv_updates_page() -> str:
    items = "".join(hv_update(d, t) + "\n" for d, t in HV_UPDATES)
    main = f"""<h1>Service updates</h1>
<p class="nhsuk-lede-text">Changes to our services, visiting and parking.</p>
<ul class="nhsuk-list hv-update-list">
{items}</ul>
"""
    return hv_wrap("Service updates", main)


def hv_article() -> str:
    d, t = HV_NEWS[0]
    main = f"""<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol class="nhsuk-breadcrumb__list"><li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/">Home</a></li><li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/news">News</a></li></ol></nav>
<article>
<h1>{t}</h1>
<p class="nhsuk-body-s">Published: {long(d)}</p>
<p class="nhsuk-lede-text">Patients from across Harbourvale and the Westcliff coast will be treated closer to home after the trust opened a third radiotherapy bunker.</p>
<p>The new linear accelerator will treat around 1,200 patients a year and cut waiting times for radiotherapy by up to two weeks.</p>
<p>Dr Priya Raman, clinical director for oncology, said: "This means fewer journeys to the regional centre for our patients, many of whom are frail and travelling for daily treatment over several weeks."</p>
<p>The £9.4 million project was funded by NHS England and the Harbourvale Hospitals Charity.</p>
</article>
"""
    return hv_wrap(t, main)


SITES.append(Site(
    key="harbourvale", host="www.harbourvale-nhs.test", path="/", name="Harbourvale Hospitals NHS Foundation Trust",
    timezone="Europe/London",
    pages={"/": hv_home(), "/news": hv_news_page(), "/patients-and-visitors/service-updates": hv_updates_page(),
           f"/news/{slug(HV_NEWS[0][1])}": hv_article()},
    # the cookie banner's 12 November and the review stamp of today are no news
    full=Depth("stale", False, must=("homepage_stale", "column_stale"),
               must_not=("column_empty", "abandoned", "undated", "future_dated", *HIJACK), last_updated=ago(40)),
    home=Depth("stale", False, must=("homepage_stale",), must_not=("abandoned", "undated", *HIJACK),
               last_updated=ago(40)),
    columns=(
        Col("Latest news", ("news",), ago(40)),
        # service updates (visiting, parking): news of the hospital's services
        Col("Latest updates", ("news", "notice"), ago(46)),
        Col("Events", ("other",), ANY),
    ),
    page_dates={f"/news/{slug(HV_NEWS[0][1])}": ago(40)},
))


# ---------------------------------------------------------------------------
# 3. Northmoor Police: Single Online Home style, relative times in <time>, healthy
# ---------------------------------------------------------------------------

NM_NEWS = [  # (date, hour, relative text, title)
    (ago(0), "07:45", "2 hours ago", "Man charged after burglaries in Calderbridge"),
    (ago(1), "15:10", "Yesterday", "Officers seize 40 cannabis plants in Ashby Road raid"),
    (ago(3), "11:00", "3 days ago", "Road safety week: 212 drivers stopped in a single operation"),
    (ago(4), "10:20", "4 days ago", "Teenager sentenced for knife possession outside school"),
    (ago(6), "09:05", "6 days ago", "New neighbourhood team for Moorside and Holme Valley"),
    (ago(9), "13:30", "9 days ago", "Chief Constable's statement on officer misconduct hearing"),
    (ago(12), "08:50", "12 days ago", "Christmas drink and drug driving campaign launches"),
]
NM_APPEALS = [
    (ago(3), "Appeal for witnesses after serious collision on the A61 at Holme"),
    (ago(5), "CCTV appeal: do you recognise this man? Theft from Calderbridge shop"),
    (ago(8), "Appeal after dog attack in Moorside Park"),
    (ago(15), "Dashcam footage sought after cyclist injured on Ashby Road"),
    (ago(22), "Missing: have you seen Kyle, 15, from Northmoor?"),
]
NM_MENU = {
    "Report": ["Report a crime", "Report a road traffic incident", "Report antisocial behaviour",
               "Report fraud", "Report a lost item", "Report a found item", "Report domestic abuse",
               "Report sexual assault", "Report a hate crime", "Report online abuse", "Report a missing person",
               "Report a firearms incident", "Give information about a crime", "Tell us about an existing case"],
    "Apply": ["Apply for a firearms licence", "Apply for a shotgun certificate", "Request CCTV footage",
              "Request information (FOI)", "Apply for a collision report", "Claim compensation"],
    "Advice": ["Crime prevention", "Fraud and cyber crime", "Personal safety", "Home security",
               "Vehicle crime", "Rural crime", "Victims and witnesses", "Drugs", "Child sexual exploitation",
               "Stalking and harassment", "Road safety"],
    "Your area": ["Calderbridge", "Moorside", "Holme Valley", "Ashby", "Northmoor town centre", "Kirkdale"],
    "About us": ["Chief officer team", "Our performance", "Stop and search", "Policies and procedures",
                 "Publication scheme", "Misconduct hearings", "Careers", "Volunteering", "Contact us"],
}


def nm_wrap(title: str, main: str) -> str:
    return f"""<!doctype html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} | Northmoor Police</title>
<meta property="og:site_name" content="Northmoor Police">
<meta name="twitter:site" content="@NorthmoorPolice">
<link rel="preload" href="/SysSiteAssets/foundation/fonts/frutiger.woff2" as="font" type="font/woff2" crossorigin>
<link href="/dist/css/main.3f9c2e1a.css" rel="stylesheet">
<script>document.documentElement.className=document.documentElement.className.replace('no-js','js');</script>
<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script>
<script>CookieControl.load({{apiKey:'7d3e1c4b0f2a9e8d6c5b4a3f2e1d0c9b8a7f6e5d',product:'PRO',initialState:'notify',text:{{title:'This site uses cookies to store information on your computer.'}}}});</script>
</head>
<body class="page-{slug(title)}">
<a class="skip-link" href="#main">Skip to content</a>
<div class="quick-exit"><a href="https://www.bbc.co.uk/weather" class="quick-exit__link" rel="noopener">Leave this site</a></div>
<header class="header" role="banner">
  <div class="header__top">
    <a class="header__logo" href="/"><img src="/SysSiteAssets/media/images/force-logo.svg" alt="Northmoor Police" width="160" height="64"></a>
    <div class="header__emergency"><p><strong>In an emergency, always call 999</strong></p><p>For non-emergencies, <a href="/report">report online</a> or call 101</p></div>
    <form class="header__search" action="/search" method="get" role="search"><label for="q" class="sr-only">Search</label><input id="q" type="search" name="q" placeholder="Search this site"><button type="submit">Search</button></form>
  </div>
  <nav class="mega-nav" aria-label="Main menu">
    <ul class="mega-nav__list">
{menu(NM_MENU, '/', 'mega-nav')}
      <li class="mega-nav__section"><a href="/news">News</a></li>
    </ul>
  </nav>
</header>
<main id="main" class="main" role="main">
{main}
</main>
<footer class="footer" role="contentinfo">
  <div class="footer__inner">
    <div class="footer__col"><h2 class="footer__heading">Contact</h2><p>Emergency: 999<br>Non-emergency: 101<br>Deaf or hard of hearing: text 18001 101</p><p><a href="/contact-us">Other ways to contact us</a></p></div>
    <div class="footer__col"><h2 class="footer__heading">Follow us</h2><ul class="footer__social"><li><a href="https://www.facebook.com/NorthmoorPolice">Facebook</a></li><li><a href="https://x.com/NorthmoorPolice">X</a></li><li><a href="https://www.instagram.com/northmoorpolice">Instagram</a></li><li><a href="https://www.youtube.com/NorthmoorPolice">YouTube</a></li></ul></div>
    <div class="footer__col"><h2 class="footer__heading">Other sites</h2><ul><li><a href="https://www.police.uk">police.uk</a></li><li><a href="https://www.northmoor-pcc.gov.uk">Police and Crime Commissioner</a></li><li><a href="https://www.crimestoppers-uk.org">Crimestoppers</a></li></ul></div>
  </div>
  <div class="footer__legal"><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms and conditions</a></li></ul><p>&copy; Northmoor Police 2026</p></div>
</footer>
<script src="/dist/js/runtime.8a1b2c3d.js" defer></script>
<script src="/dist/js/main.5e6f7a8b.js" defer></script>
</body>
</html>
"""


def nm_news_item(d: date, hh: str, rel: str, t: str, i: int) -> str:
    return f"""    <li class="news-listing__item">
      <a class="news-card" href="/news/northmoor/news/2026/{MONTHS[d.month - 1].lower()}/{slug(t)}/">
        <div class="news-card__image"><img src="/SysSiteAssets/media/images/news/{i}.jpg" alt="" loading="lazy"></div>
        <div class="news-card__body">
          <h3 class="news-card__title">{t}</h3>
          <p class="news-card__meta"><span class="news-card__type">News article</span> <time datetime="{d.isoformat()}T{hh}:00Z">{rel}</time></p>
        </div>
      </a>
    </li>"""


def nm_appeal(d: date, t: str) -> str:
    return f"""    <li class="appeal-list__item">
      <a class="appeal-card" href="/news/northmoor/appeals/{slug(t)}/">
        <span class="appeal-card__label">Appeal</span>
        <h3 class="appeal-card__title">{t}</h3>
        <p class="appeal-card__date">Published <time datetime="{d.isoformat()}T10:00:00Z">{long(d)}</time></p>
      </a>
    </li>"""


def nm_home() -> str:
    main = f"""<h1 class="sr-only">Northmoor Police</h1>
<section class="hero"><div class="hero__inner"><h2>How can we help?</h2>
<ul class="hero__tasks">
  <li><a href="/report/report-a-crime">Report a crime</a></li><li><a href="/report/report-a-road-traffic-incident">Report a road traffic incident</a></li>
  <li><a href="/report/report-antisocial-behaviour">Report antisocial behaviour</a></li><li><a href="/report/tell-us-about-an-existing-case">Tell us about an existing case</a></li>
  <li><a href="/apply/request-information-foi">Request information</a></li><li><a href="/report/report-a-lost-item">Lost or found property</a></li>
</ul></div></section>
<section class="news-listing">
  <h2 class="section-title">Latest news</h2>
  <ul class="news-listing__list">
{''.join(nm_news_item(d, h, r, t, i) for i, (d, h, r, t) in enumerate(NM_NEWS[:4]))}
  </ul>
  <a class="button button--secondary" href="/news/northmoor/news/">More news</a>
</section>
<section class="appeal-list">
  <h2 class="section-title">Appeals</h2>
  <ul class="appeal-list__list">
{''.join(nm_appeal(d, t) for d, t in NM_APPEALS[:3])}
  </ul>
  <a class="button button--secondary" href="/news/northmoor/appeals/">All appeals</a>
</section>
<section class="promo-grid">
  <div class="promo"><h2>Join us</h2><p>We're recruiting police officers, PCSOs, detectives and staff. Salaries start at &pound;29,907.</p><a href="/about-us/careers">Explore careers</a></div>
  <div class="promo"><h2>Your area</h2><p>Find your neighbourhood team, local priorities and meetings.</p><form action="/your-area" method="get"><label for="pc">Postcode</label><input id="pc" name="postcode"><button>Find</button></form></div>
  <div class="promo"><h2>Stay safe this winter</h2><p>Lock up, light up and check on elderly neighbours.</p><a href="/advice/home-security">Home security advice</a></div>
</section>
"""
    return nm_wrap("Home", main)


def nm_news_page() -> str:
    main = f"""<nav class="breadcrumb"><a href="/">Home</a> / <a href="/news">News</a> / Latest news</nav>
<h1>Latest news</h1>
<form class="filters" action="/news/northmoor/news/" method="get"><label>Area <select name="area"><option>All areas</option><option>Calderbridge</option><option>Moorside</option></select></label><button>Filter</button></form>
<section class="news-listing"><ul class="news-listing__list">
{''.join(nm_news_item(d, h, r, t, i) for i, (d, h, r, t) in enumerate(NM_NEWS))}
</ul></section>
<nav class="pagination"><a href="?page=2" rel="next">Next page</a></nav>
"""
    return nm_wrap("Latest news", main)


def nm_appeals_page() -> str:
    main = f"""<nav class="breadcrumb"><a href="/">Home</a> / <a href="/news">News</a> / Appeals</nav>
<h1>Appeals</h1>
<p>If you have information about any of these appeals, call 101 or contact Crimestoppers anonymously on 0800 555 111.</p>
<section class="appeal-list"><ul class="appeal-list__list">
{''.join(nm_appeal(d, t) for d, t in NM_APPEALS)}
</ul></section>
"""
    return nm_wrap("Appeals", main)


def nm_article() -> str:
    d, hh, _rel, t = NM_NEWS[2]
    main = f"""<nav class="breadcrumb"><a href="/">Home</a> / <a href="/news">News</a> / <a href="/news/northmoor/news/">Latest news</a></nav>
<article class="article">
<h1>{t}</h1>
<p class="article__meta">News article &middot; <time datetime="{d.isoformat()}T{hh}:00Z">{hh} {long(d)}</time> &middot; Roads policing</p>
<p>More than 200 drivers were stopped during a day-long operation on the A61 and A629 as part of national road safety week.</p>
<p>Officers issued 38 traffic offence reports, seized six uninsured vehicles and arrested two drivers on suspicion of drug driving.</p>
<p>Inspector Mark Howarth said: "Most drivers we spoke to were doing the right thing, but a small number are putting lives at risk."</p>
<aside class="article__share"><h2>Share this</h2><ul><li><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a></li><li><a href="https://x.com/intent/post">X</a></li></ul></aside>
</article>
"""
    return nm_wrap(t, main)


SITES.append(Site(
    key="northmoor", host="www.northmoor-police.test", path="/", name="Northmoor Police",
    timezone="Europe/London",
    pages={"/": nm_home(), "/news/northmoor/news/": nm_news_page(), "/news/northmoor/appeals/": nm_appeals_page(),
           f"/news/northmoor/news/2026/november/{slug(NM_NEWS[2][3])}/": nm_article()},
    full=Depth("healthy", True, must_not=FRESH + HIJACK + ("future_dated",), last_updated=ago(0)),
    # the sweep reads the newest item's "2 hours ago" (rendered at fetch time)
    home=Depth("healthy", True, must_not=FRESH + HIJACK, last_updated=ago(0)),
    columns=(
        Col("Latest news", ("news",), ago(0)),
        # appeals for witnesses: the force's news of incidents (a notice to the public)
        Col("Appeals", ("news", "notice"), ago(3)),
    ),
    page_dates={f"/news/northmoor/news/2026/november/{slug(NM_NEWS[2][3])}/": ago(3)},
))


# ---------------------------------------------------------------------------
# 4. Department of Regional Development and Fisheries (WA): Squiz Matrix, 5 stale columns
# ---------------------------------------------------------------------------

DR_MEDIA = [(ago(4), "Record $48 million boost for regional water security"),
            (ago(8), "New marine park management plan for the Abrolhos Islands"),
            (ago(12), "Pastoral lease reforms pass Parliament"),
            (ago(19), "Grants open for Aboriginal-led agribusiness ventures"),
            (ago(27), "Minister welcomes record grain harvest forecast")]
DR_INDUSTRY = [(ago(34), "Rock lobster season update for the 2026-27 season"),
               (ago(48), "Export market access restored for WA sheep meat"),
               (ago(69), "Regional biosecurity groups funding round results")]
DR_FISH_NOTICES = [(ago(208), "Prohibition on fishing for abalone: Perth metropolitan stock"),
                   (ago(236), "Closure of Cockburn Sound to snapper fishing"),
                   (ago(300), "Amendment to recreational fishing bag limits: demersal scalefish")]
DR_PUBLIC_NOTICES = [(ago(257), "Notice of intention to grant an aquaculture licence: Shark Bay"),
                     (ago(290), "Public notice: proposed declared pest order amendments"),
                     (ago(355), "Notice of closure of the Carnarvon research station")]
DR_POLICIES = [(ago(358), "Regional Development Assistance Policy"),
               (ago(420), "Aquaculture Leases Policy"),
               (ago(610), "Native Vegetation Clearing Policy for Pastoral Land")]
DR_TENDERS = [(ago(203), "DRDF2026-114 Supply of research vessel maintenance services"),
              (ago(221), "DRDF2026-097 Biosecurity surveillance trapping, Kimberley"),
              (ago(260), "DRDF2026-071 Regional office fit-out, Geraldton")]
DR_FACTS = [(ago(102), "Fall armyworm: identification and reporting"),
            (ago(150), "Fish kill events: what to do"),
            (ago(190), "Pastoral lease rent review explained")]
DR_MENU = {
    "Agriculture": ["Biosecurity", "Crops", "Livestock and animals", "Plant pests and diseases", "Soils",
                    "Climate, land and water", "Food and export", "Grains research", "Horticulture", "Organic farming",
                    "Pastoral land", "Farm business management"],
    "Fishing": ["Recreational fishing", "Commercial fishing", "Aquaculture", "Fishing rules", "Licences",
                "Fish identification", "Marine biosecurity", "Pearling", "Fisheries research", "Shark Monitoring Network"],
    "Regional development": ["Regional grants", "Regional Development Commissions", "Aboriginal economic development",
                             "Regional infrastructure", "Investment attraction"],
    "About us": ["Our organisation", "Minister", "Corporate publications", "Careers", "Contact us", "Policies",
                 "Public notices", "Tenders", "Freedom of information", "Annual report"],
}


def dr_wrap(title: str, main: str, crumbs: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Department of Regional Development and Fisheries</title>
<meta name="dcterms.creator" content="Department of Regional Development and Fisheries">
<meta name="dcterms.modified" content="{NOW.isoformat()}">
<link rel="stylesheet" href="/__data/assets/css_file/0018/12006/main.css?v=0.1.342">
<link rel="stylesheet" href="/__data/assets/css_file/0019/12007/print.css" media="print">
<!-- Squiz Matrix design: DRDF Global 2024 (#1123) -->
<script src="/__data/assets/js_file/0020/12008/vendor.js"></script>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-P8W2K9X');</script>
</head>
<body class="drdf-page">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-P8W2K9X" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<a href="#main-content" class="skip-link">Skip to main content</a>
<div class="gov-bar"><div class="container"><a href="https://www.wa.gov.au">WA.gov.au</a></div></div>
<header class="site-header">
  <div class="container">
    <a class="site-header__logo" href="/"><img src="/__data/assets/image/0021/12009/drdf-logo.svg" alt="Government of Western Australia - Department of Regional Development and Fisheries" width="300" height="72"></a>
    <form class="site-search" action="/search" method="get"><input type="hidden" name="collection" value="drdf-meta"><label for="query" class="sr-only">Search</label><input type="text" id="query" name="query" placeholder="Search DRDF"><button type="submit">Search</button></form>
  </div>
  <nav class="main-nav" aria-label="Main navigation"><ul class="main-nav__list">
{menu(DR_MENU, '/', 'main-nav')}
    <li class="main-nav__section"><a href="/news">News and media</a></li>
  </ul></nav>
</header>
<div class="breadcrumbs container"><ul><li><a href="/">Home</a></li>{crumbs}</ul></div>
<main id="main-content" class="main container">
{main}
</main>
<div class="page-info container">
  <p class="page-info__updated">Last updated: {long(NOW)}</p>
  <p class="page-info__feedback"><a href="/feedback">Was this page useful?</a></p>
</div>
<footer class="site-footer">
  <div class="container">
    <div class="site-footer__ack"><p>The Department of Regional Development and Fisheries acknowledges the Traditional Owners of Country throughout Western Australia and their continuing connection to land, waters and community. We pay our respects to all members of the Aboriginal communities and their cultures, and to Elders past and present.</p></div>
    <ul class="site-footer__links">
      <li><a href="/about-us/contact-us">Contact us</a></li><li><a href="/about-us/careers">Careers</a></li>
      <li><a href="/copyright">Copyright</a></li><li><a href="/disclaimer">Disclaimer</a></li><li><a href="/privacy">Privacy</a></li>
      <li><a href="/accessibility">Accessibility</a></li><li><a href="/about-us/freedom-of-information">Freedom of information</a></li>
    </ul>
    <p class="site-footer__copyright">&copy; State of Western Australia 2026</p>
  </div>
</footer>
<script src="/__data/assets/js_file/0022/12010/main.js?v=0.1.342"></script>
</body>
</html>
"""


def dr_listing(items: list[tuple[date, str]], kind: str, base: str) -> str:
    return "\n".join(
        f"""      <div class="listing__item">
        <h3 class="listing__title"><a href="{base}/{d.year}/{slug(t)}">{t}</a></h3>
        <p class="listing__meta">{kind} | {long(d)}</p>
      </div>"""
        for d, t in items
    )


DR_BLOCKS = [
    ("Media releases", "Media release", "/news/media-releases", DR_MEDIA),
    ("Industry news", "News", "/news/industry-news", DR_INDUSTRY),
    ("Fisheries notices", "Notice", "/fishing/fisheries-notices", DR_FISH_NOTICES),
    ("Public notices", "Public notice", "/about-us/public-notices", DR_PUBLIC_NOTICES),
    ("Policies", "Policy", "/about-us/policies", DR_POLICIES),
    ("Tenders", "Tender", "/about-us/tenders", DR_TENDERS),
    ("Fact sheets", "Fact sheet", "/resources/fact-sheets", DR_FACTS),
]


def dr_home() -> str:
    blocks = "\n".join(
        f"""  <section class="listing listing--{slug(h)} col-md-6">
    <h2 class="listing__heading">{h}</h2>
    <div class="listing__items">
{dr_listing(items[:3], kind, base)}
    </div>
    <p class="listing__more"><a href="{base}">View all {h.lower()}</a></p>
  </section>"""
        for h, kind, base, items in DR_BLOCKS
    )
    tiles = "".join(
        f'<li class="tile"><a href="/{slug(sec)}"><span class="tile__title">{sec}</span><span class="tile__text">{", ".join(v[:3])}</span></a></li>'
        for sec, v in DR_MENU.items()
    )
    main = f"""<h1 class="sr-only">Department of Regional Development and Fisheries</h1>
<div class="banner banner--home"><div class="banner__content"><h2>Growing a stronger regional WA</h2><p>We support the State's agriculture, fishing and regional communities.</p></div></div>
<div class="alert alert--info"><strong>Fall armyworm:</strong> report suspected detections to the Pest and Disease Information Service on 1800 084 881.</div>
<ul class="tiles">{tiles}</ul>
<div class="row">
{blocks}
</div>
"""
    return dr_wrap("Home", main)


def dr_list_page(h: str, kind: str, base: str, items: list[tuple[date, str]]) -> str:
    main = f"""<h1>{h}</h1>
<div class="search-results" id="search-results">
  <p class="search-results__summary">Showing {len(items)} results</p>
  <div class="listing__items">
{dr_listing(items, kind, base)}
  </div>
</div>
"""
    return dr_wrap(h, main, f"<li>{h}</li>")


def dr_article() -> str:
    d, t = DR_MEDIA[0]
    main = f"""<article class="media-release">
<p class="media-release__meta">Media release | {long(d)}</p>
<h1>{t}</h1>
<ul class="media-release__summary"><li>$48 million for 31 regional water projects</li><li>Dams, bores and pipelines for farming communities hit by dry seasons</li></ul>
<p>The State Government will invest $48 million in regional water security, funding 31 projects from the Kimberley to the Great Southern.</p>
<p>Projects include community dams, groundwater investigations and pipeline upgrades.</p>
<p><strong>Media contact:</strong> Minister's office, 08 6552 6400</p>
</article>
"""
    return dr_wrap(t, main, '<li><a href="/news">News and media</a></li><li><a href="/news/media-releases">Media releases</a></li>')


_dr_pages = {"/": dr_home(), f"/news/media-releases/{DR_MEDIA[0][0].year}/{slug(DR_MEDIA[0][1])}": dr_article()}
for _h, _k, _b, _it in DR_BLOCKS:
    _dr_pages[_b] = dr_list_page(_h, _k, _b, _it)

SITES.append(Site(
    key="drdf", host="www.drdf-wa.test", path="/", name="Department of Regional Development and Fisheries",
    timezone="Australia/Perth",
    pages=_dr_pages,
    # Industry news (34 d), Fisheries notices (208), Public notices (257), Policies (358), Tenders (203)
    full=Depth("stale", False, must=("column_stale",),
               must_not=("homepage_stale", "column_empty", "abandoned", "undated", "future_dated", *HIJACK),
               last_updated=ago(4)),
    home=Depth("healthy", True, must_not=FRESH + HIJACK, last_updated=ago(4)),
    columns=(
        Col("Media releases", ("news",), ago(4)),
        Col("Industry news", ("news",), ago(34)),
        Col("Fisheries notices", ("notice",), ago(208)),
        Col("Public notices", ("notice",), ago(257)),
        Col("Policies", ("policy",), ago(358)),
        Col("Tenders", ("notice",), ago(203)),
        # a fact sheet explains a rule to the public (like a policy explainer); or reference
        Col("Fact sheets", ("policy", "other"), ago(102)),
    ),
    page_dates={f"/news/media-releases/{DR_MEDIA[0][0].year}/{slug(DR_MEDIA[0][1])}": ago(4)},
))


# ---------------------------------------------------------------------------
# 5. Shire of Coral Bay: OpenCities, news 20 days old, notices 9 months, tide widget
# ---------------------------------------------------------------------------

CB_NEWS = [(ago(20), "Coral Bay foreshore upgrade: stage two works begin"),
           (ago(27), "Bushfire season: restricted burning times now apply"),
           (ago(35), "Council adopts Community Strategic Plan 2026-2036"),
           (ago(44), "Cyclone preparedness: get ready before the season"),
           (ago(58), "Library holiday program bookings now open"),
           (ago(71), "Successful grant for Ningaloo visitor centre")]
CB_NOTICES = [(date(2026, 2, 27), "Notice of intention to levy differential rates 2026/27"),
              (date(2026, 2, 3), "Local Planning Scheme Amendment No. 14: advertising"),
              (date(2026, 1, 12), "Closure of Bateman Road for resurfacing works"),
              (date(2025, 12, 5), "Notice of Ordinary Council Meeting dates 2026"),
              (date(2025, 11, 10), "Dog exercise area changes: Bills Bay foreshore")]
CB_EVENTS = [(NOW + timedelta(days=11), "Coral Bay Christmas Carols"),
             (NOW + timedelta(days=18), "Ordinary Council Meeting"),
             (NOW + timedelta(days=38), "Australia Day breakfast and citizenship ceremony"),
             (NOW + timedelta(days=60), "Ningaloo Whale Shark Festival planning workshop")]
CB_MENU = {
    "Residents": ["Rates", "Waste and recycling", "Animals and pets", "Roads and footpaths", "Parking",
                  "Emergency management", "Bushfire", "Cyclones", "Community safety", "Library", "Youth",
                  "Seniors", "Community grants", "Halls and facilities"],
    "Building and planning": ["Planning applications", "Building permits", "Local planning scheme",
                              "Strategic planning", "Heritage", "Environmental health", "Swimming pools"],
    "Business": ["Tenders and quotes", "Trading permits", "Food businesses", "Events permits", "Tourism operators"],
    "Visitors": ["Coral Bay", "Ningaloo Reef", "Camping", "Boat ramps", "Beaches and swimming", "Visitor centre"],
    "Council": ["Councillors", "Council meetings", "Agendas and minutes", "Local laws", "Policies",
                "Publications", "Public notices", "Careers", "Contact us"],
}


def cb_wrap(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - Shire of Coral Bay</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="OpenCities">
<link href="/_design/css/opencities-core.min.css?v=2026.3.1" rel="stylesheet">
<link href="/_design/css/site.min.css?v=2026.3.1" rel="stylesheet">
<script src="/_design/js/jquery-3.7.1.min.js"></script>
<script>var OC = OC || {{}}; OC.siteId = 'coralbay'; OC.culture = 'en-AU'; OC.timezone = 'W. Australia Standard Time';</script>
</head>
<body class="oc-body">
<div id="cookie-consent" class="cookie-consent" role="dialog" aria-live="polite">
  <p>This website uses cookies to give you the best experience. By continuing to use the site you agree to our <a href="/Council/Privacy">privacy statement</a>.</p>
  <button class="cookie-consent__accept">Got it</button>
</div>
<div class="site-wrapper">
<header id="header" class="site-header">
  <div class="header-inner">
    <a class="logo" href="/"><img src="/files/assets/public/images/logo-shire-of-coral-bay.png" alt="Shire of Coral Bay" width="240" height="80"></a>
    <div class="header-search"><form action="/Search-Results" method="get"><input type="text" name="dlv_OC CL Public Site Search=(keyword=)" aria-label="Search"><button>Search</button></form></div>
    <ul class="header-links"><li><a href="/Council/Contact-us">Contact us</a></li><li><a href="/Online-services">Online services</a></li><li><a href="/Residents/Rates">Pay rates</a></li></ul>
  </div>
  <nav id="main-nav" class="main-nav" aria-label="Main"><ul class="main-nav__list">
{menu(CB_MENU, '/', 'main-nav')}
  </ul></nav>
</header>
<div id="main" class="main-content">
{main}
</div>
<footer class="site-footer">
  <div class="footer-inner">
    <div class="footer-col"><h2>Shire of Coral Bay</h2><p>4 Robinson Street, Coral Bay WA 6701<br>PO Box 12, Coral Bay WA 6701</p><p>Phone: <a href="tel:0899425000">(08) 9942 5000</a><br>Email: <a href="mailto:shire@coralbay.wa.gov.au">shire@coralbay.wa.gov.au</a></p><p>Office hours: Monday to Friday, 8am to 4pm</p></div>
    <div class="footer-col"><h2>Quick links</h2><ul><li><a href="/Council/Careers">Careers</a></li><li><a href="/Business/Tenders-and-quotes">Tenders</a></li><li><a href="/Council/Public-notices">Public notices</a></li><li><a href="/Council/Agendas-and-minutes">Agendas and minutes</a></li></ul></div>
    <div class="footer-col"><h2>Acknowledgement of Country</h2><p>The Shire of Coral Bay acknowledges the Baiyungu people as the Traditional Custodians of the land on which we live and work.</p></div>
  </div>
  <div class="footer-bottom"><p>&copy; Shire of Coral Bay 2026</p><ul><li><a href="/Council/Privacy">Privacy</a></li><li><a href="/Council/Disclaimer">Disclaimer</a></li><li><a href="/Council/Accessibility">Accessibility</a></li></ul><p class="powered">Powered by <a href="https://www.granicus.com/">OpenCities</a></p></div>
</footer>
</div>
<script src="/_design/js/site.min.js?v=2026.3.1"></script>
</body>
</html>
"""


def cb_tile(d: date, t: str, i: int) -> str:
    return f"""        <div class="list-item-container">
          <article>
            <a href="/News-and-events/Council-news/{slug(t)}" class="list-item-link">
              <div class="list-item-block-image"><img src="/files/content/public/news/tile-{i}.jpg" alt=""></div>
              <div class="list-item-block-content">
                <h3 class="list-item-title">{t}</h3>
                <p class="list-item-block-date"><span class="published-on">{long(d)}</span></p>
              </div>
            </a>
          </article>
        </div>"""


def cb_notice_row(d: date, t: str) -> str:
    return f"""          <tr><td><a href="/Council/Public-notices/{slug(t)}">{t}</a></td><td class="notice-date">{aunum(d)}</td></tr>"""


def cb_home() -> str:
    today = NOW
    main = f"""<h1 class="sr-only">Shire of Coral Bay</h1>
<div class="hero-banner"><div class="hero-banner__text"><h2>Welcome to Coral Bay</h2><p>Gateway to the Ningaloo Reef</p></div></div>
<div class="widgets-row">
  <div class="widget widget-tides" aria-label="Tides and weather">
    <h2 class="widget-title">Coral Bay today</h2>
    <p class="widget-date">{weekday(today)}, {long(today)}</p>
    <table class="tide-table"><tr><th>High</th><td>05:42</td><td>1.62 m</td></tr><tr><th>Low</th><td>11:58</td><td>0.41 m</td></tr><tr><th>High</th><td>18:07</td><td>1.48 m</td></tr></table>
    <p class="widget-weather">Sunny, 31&deg;C. Wind SW 20 km/h.</p>
    <p class="widget-fire">Fire danger rating: <strong>High</strong> (issued {aunum(today)})</p>
    <p class="widget-source">Source: Bureau of Meteorology</p>
  </div>
  <div class="widget widget-quicklinks"><h2 class="widget-title">I want to</h2><ul>
    <li><a href="/Residents/Rates">Pay my rates</a></li><li><a href="/Residents/Waste-and-recycling">Check my bin day</a></li>
    <li><a href="/Building-and-planning/Planning-applications">Lodge a planning application</a></li><li><a href="/Online-services/Report-it">Report an issue</a></li>
    <li><a href="/Residents/Animals-and-pets">Register my dog or cat</a></li><li><a href="/Visitors/Camping">Book a campsite</a></li>
  </ul></div>
</div>
<section class="news-list-container">
  <h2 class="section-title">Council news</h2>
  <div class="news-article-list list-container">
{''.join(cb_tile(d, t, i) for i, (d, t) in enumerate(CB_NEWS[:3]))}
  </div>
  <a class="button-more" href="/News-and-events/Council-news">More news</a>
</section>
<section class="notices-container">
  <h2 class="section-title">Public notices</h2>
  <table class="notices-table"><thead><tr><th>Notice</th><th>Date</th></tr></thead><tbody>
{''.join(cb_notice_row(d, t) for d, t in CB_NOTICES[:3])}
  </tbody></table>
  <a class="button-more" href="/Council/Public-notices">All public notices</a>
</section>
<section class="events-container">
  <h2 class="section-title">What's on</h2>
  <div class="events-list">
{''.join(f'<div class="event-item"><div class="event-date"><span class="event-day">{d.day}</span><span class="event-month">{MONTHS[d.month - 1][:3]}</span></div><h3><a href="/News-and-events/Whats-on/{slug(t)}">{t}</a></h3><p>{weekday(d)} {long(d)}</p></div>' for d, t in CB_EVENTS[:3])}
  </div>
  <a class="button-more" href="/News-and-events/Whats-on">View all events</a>
</section>
"""
    return cb_wrap("Home", main)


def cb_news_page() -> str:
    main = f"""<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/News-and-events">News and events</a> &gt; Council news</div>
<h1>Council news</h1>
<div class="news-article-list list-container">
{''.join(cb_tile(d, t, i) for i, (d, t) in enumerate(CB_NEWS))}
</div>
<div class="seamless-pagination"><span class="current">1</span> <a href="?dlv_OC%20CL%20News=(pageindex=2)">2</a> <a href="?dlv_OC%20CL%20News=(pageindex=2)">Next</a></div>
"""
    return cb_wrap("Council news", main)


def cb_notices_page() -> str:
    main = f"""<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/Council">Council</a> &gt; Public notices</div>
<h1>Public notices</h1>
<p>Statutory and public notices issued by the Shire under the Local Government Act 1995 and other legislation.</p>
<table class="notices-table"><thead><tr><th>Notice</th><th>Date</th></tr></thead><tbody>
{''.join(cb_notice_row(d, t) for d, t in CB_NOTICES)}
</tbody></table>
"""
    return cb_wrap("Public notices", main)


def cb_events_page() -> str:
    rows = "".join(
        f'<div class="event-item"><h3><a href="/News-and-events/Whats-on/{slug(t)}">{t}</a></h3><p class="event-when">{weekday(d)} {long(d)}</p><p class="event-where">Coral Bay Community Hall</p></div>\n'
        for d, t in CB_EVENTS
    )
    return cb_wrap("What's on", f"<h1>What's on</h1>\n<div class=\"events-list\">\n{rows}</div>\n")


def cb_article() -> str:
    d, t = CB_NEWS[0]
    main = f"""<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/News-and-events/Council-news">Council news</a></div>
<h1>{t}</h1>
<p class="published-date">Published on {d.day:02d} {MONTHS[d.month - 1]} {d.year}</p>
<p>Works on stage two of the foreshore upgrade start this week and will run until March, weather permitting.</p>
<p>Stage two includes a new shade structure, an accessible beach path and upgraded showers near the boat ramp.</p>
<p>The car park on Robinson Street will be partly closed during works.</p>
"""
    return cb_wrap(t, main)


SITES.append(Site(
    key="coralbay", host="www.coralbay-shire.test", path="/", name="Shire of Coral Bay",
    timezone="Australia/Perth",
    pages={"/": cb_home(), "/News-and-events/Council-news": cb_news_page(), "/Council/Public-notices": cb_notices_page(),
           "/News-and-events/Whats-on": cb_events_page(), f"/News-and-events/Council-news/{slug(CB_NEWS[0][1])}": cb_article()},
    # the tide box's date is today's (a widget), events are ahead: the newest item is 20 days old
    full=Depth("stale", False, must=("homepage_stale", "column_stale"),
               must_not=("column_empty", "abandoned", "undated", "future_dated", *HIJACK), last_updated=ago(20)),
    home=Depth("stale", False, must=("homepage_stale",), must_not=("abandoned", "undated", *HIJACK),
               last_updated=ago(20)),
    columns=(
        Col("Council news", ("news",), ago(20)),
        # DD/MM/YYYY: 03/02/2026 is 3 February, not 2 March
        Col("Public notices", ("notice",), date(2026, 2, 27)),
        Col("What's on", ("other",), ANY),
    ),
    page_dates={f"/News-and-events/Council-news/{slug(CB_NEWS[0][1])}": ago(20)},
))


# ---------------------------------------------------------------------------
# 6. Westland House Committee on Agriculture and Natural Resources: healthy
# ---------------------------------------------------------------------------

WL_BASE = "/committees/house/anr/"
WL_UPCOMING = [(NOW + timedelta(days=8), "10:00 AM", "Room 114, State Capitol", "HB 2231 Drought Relief Grant Program; HB 2240 Soil Conservation Districts"),
               (NOW + timedelta(days=14), "1:30 PM", "Room 114, State Capitol", "Informational hearing: Wildfire risk on state forest lands"),
               (NOW + timedelta(days=50), "9:00 AM", "Room 301, Legislative Office Building", "Budget overview: Department of Natural Resources")]
WL_PAST = [(ago(7), "HB 2198 Invasive Species Control; HB 2202 Farm Stand Licensing"),
           (ago(14), "Joint informational hearing with Senate Natural Resources: groundwater"),
           (ago(21), "HB 2150 Pollinator Habitat Act; HB 2166 State Fair Board"),
           (ago(35), "Interim hearing: agricultural labor housing"),
           (ago(49), "Interim hearing: food supply chain resilience")]
WL_NEWS = [(ago(5), "Chair Alvarez statement on drought relief bill hearing"),
           (ago(11), "Committee advances invasive species bill on bipartisan vote"),
           (ago(26), "Committee to hold groundwater hearing with Senate counterparts"),
           (ago(40), "Vice Chair Whitfield named to Western Water Caucus")]
WL_MENU = {
    "Legislation": ["Bill search", "Bills by subject", "Session laws", "Constitution", "Statutes", "Administrative rules"],
    "Committees": ["House committees", "Senate committees", "Joint committees", "Interim committees", "Hearing schedule",
                   "Committee reports"],
    "Members": ["House members", "Senate members", "Find my legislator", "Leadership", "Caucus offices"],
    "Session": ["Floor calendars", "Journals", "Daily status", "Session calendar", "Watch live", "Video archive"],
    "Agencies": ["Legislative Research Council", "Fiscal Office", "Revisor of Statutes", "Chief Clerk", "Secretary of the Senate"],
}


def wl_wrap(title: str, main: str) -> str:
    members = "".join(
        f'<li class="member"><a href="/members/house/{slug(n)}">{n}</a> <span class="party">({p})</span> <span class="role">{r}</span></li>'
        for n, p, r in [("Rosa Alvarez", "D", "Chair"), ("Dale Whitfield", "R", "Vice Chair"),
                        ("Marcus Ortega", "D", "Ranking Member"), ("Janet Kowalski", "R", "Member"),
                        ("Tom Bearheart", "D", "Member"), ("Linda Osei", "D", "Member"),
                        ("Craig Henning", "R", "Member"), ("Priya Nair", "D", "Member"), ("Bill Lundqvist", "R", "Member")]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Westland State Legislature</title>
<link rel="stylesheet" href="/Content/bootstrap.min.css">
<link rel="stylesheet" href="/Content/site.css?v=8.14.2">
<script src="/Scripts/jquery-3.6.0.min.js"></script>
<script src="/Scripts/bootstrap.bundle.min.js"></script>
</head>
<body>
<div id="skip"><a href="#content">Skip to content</a></div>
<header class="leg-header">
  <div class="container">
    <a class="leg-header__seal" href="/"><img src="/Images/seal.png" alt="Westland State Legislature" width="80" height="80"><span>Westland State Legislature</span></a>
    <span class="leg-header__session">2026 Regular Session &middot; 2026 Interim</span>
    <form class="leg-header__billsearch" action="/legislation/bill-search" method="get"><label for="bill">Find a bill</label><input id="bill" name="q" placeholder="e.g. HB 2231"><button>Go</button></form>
  </div>
  <nav class="navbar navbar-expand-lg"><ul class="navbar-nav">
{menu(WL_MENU, '/', 'nav')}
  </ul></nav>
</header>
<div class="container" id="content">
  <div class="row">
    <div class="col-md-3 committee-sidebar">
      <h2 class="h5">House Committee on Agriculture and Natural Resources</h2>
      <ul class="nav flex-column">
        <li><a href="{WL_BASE}">Committee home</a></li><li><a href="{WL_BASE}hearings">Hearings</a></li><li><a href="{WL_BASE}agendas">Agendas and minutes</a></li>
        <li><a href="{WL_BASE}bills">Bills in committee</a></li><li><a href="{WL_BASE}news">Committee news</a></li><li><a href="{WL_BASE}testimony">Submit testimony</a></li>
      </ul>
      <h3 class="h6">Members</h3>
      <ul class="committee-members">{members}</ul>
      <p class="committee-staff">Committee staff: Ellen Marsh, Committee Clerk, (555) 201-4410</p>
    </div>
    <div class="col-md-9">
{main}
    </div>
  </div>
</div>
<footer class="leg-footer"><div class="container">
  <ul class="leg-footer__links"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/disclaimer">Disclaimer</a></li><li><a href="/contact">Contact the Legislature</a></li></ul>
  <p>State Capitol, 200 Capitol Avenue, Westland City</p>
  <p>&copy; 2026 Westland State Legislature</p>
</div></footer>
</body>
</html>
"""


def wl_upcoming_table(rows: list[tuple[date, str, str, str]]) -> str:
    body = "".join(
        f'<tr><td>{usnum(d)}</td><td>{tm}</td><td>{room}</td><td>{subj}</td><td><a href="{WL_BASE}hearings/{d.isoformat()}/notice.pdf">Notice of hearing (PDF)</a></td></tr>\n'
        for d, tm, room, subj in rows
    )
    return f"""<table class="table table-striped hearings-upcoming"><thead><tr><th>Date</th><th>Time</th><th>Location</th><th>Subject</th><th>Notice</th></tr></thead><tbody>
{body}</tbody></table>"""


def wl_past_table(rows: list[tuple[date, str]]) -> str:
    body = "".join(
        f'<tr><td>{usnum(d)}</td><td>{subj}</td><td><a href="{WL_BASE}agendas/{d.isoformat()}/agenda.pdf">Agenda</a></td><td><a href="{WL_BASE}agendas/{d.isoformat()}/minutes.pdf">Minutes</a></td><td><a href="/video/archive/{d.isoformat()}-house-anr">Video</a></td></tr>\n'
        for d, subj in rows
    )
    return f"""<table class="table hearings-past"><thead><tr><th>Date</th><th>Subject</th><th>Agenda</th><th>Minutes</th><th>Video</th></tr></thead><tbody>
{body}</tbody></table>"""


def wl_news_list(items: list[tuple[date, str]]) -> str:
    return "".join(
        f'<li class="list-group-item"><a href="{WL_BASE}news/{d.isoformat()}-{slug(t)}">{t}</a><br><small class="text-muted">{us(d)}</small></li>\n'
        for d, t in items
    )


def wl_home() -> str:
    main = f"""<h1>House Committee on Agriculture and Natural Resources</h1>
<p class="lead">The committee considers legislation on agriculture, forestry, fish and wildlife, water resources, state parks and public lands.</p>
<section class="committee-section">
  <h2>Upcoming Hearings</h2>
  {wl_upcoming_table(WL_UPCOMING[:2])}
  <p><a href="{WL_BASE}hearings">Full hearing schedule</a></p>
</section>
<section class="committee-section">
  <h2>Recent Agendas and Minutes</h2>
  {wl_past_table(WL_PAST[:3])}
  <p><a href="{WL_BASE}agendas">All agendas and minutes</a></p>
</section>
<section class="committee-section">
  <h2>Committee News</h2>
  <ul class="list-group">
{wl_news_list(WL_NEWS[:3])}  </ul>
  <p><a href="{WL_BASE}news">More committee news</a></p>
</section>
<section class="committee-section">
  <h2>Bills in Committee</h2>
  <table class="table table-sm bills"><thead><tr><th>Bill</th><th>Title</th><th>Sponsor</th><th>Status</th></tr></thead><tbody>
    <tr><td><a href="/legislation/bills/2026/HB2231">HB 2231</a></td><td>Drought relief grant program</td><td>Alvarez</td><td>Scheduled for hearing</td></tr>
    <tr><td><a href="/legislation/bills/2026/HB2240">HB 2240</a></td><td>Soil conservation districts; elections</td><td>Henning</td><td>Scheduled for hearing</td></tr>
    <tr><td><a href="/legislation/bills/2026/HB2198">HB 2198</a></td><td>Invasive species control fund</td><td>Osei</td><td>Do pass as amended</td></tr>
    <tr><td><a href="/legislation/bills/2026/HB2202">HB 2202</a></td><td>Farm stand licensing exemption</td><td>Kowalski</td><td>Held in committee</td></tr>
  </tbody></table>
</section>
"""
    return wl_wrap("House Agriculture and Natural Resources", main)


SITES.append(Site(
    key="westland", host="www.westland-leg.test", path=WL_BASE, name="Westland House Committee on Agriculture and Natural Resources",
    timezone="America/Denver",
    pages={WL_BASE: wl_home(),
           WL_BASE + "hearings": wl_wrap("Hearings", f"<h1>Hearing schedule</h1>\n{wl_upcoming_table(WL_UPCOMING)}\n<p>Hearings are streamed live at <a href=\"/session/watch-live\">Watch live</a>.</p>"),
           WL_BASE + "agendas": wl_wrap("Agendas and minutes", f"<h1>Agendas and minutes</h1>\n{wl_past_table(WL_PAST)}"),
           WL_BASE + "news": wl_wrap("Committee news", f"<h1>Committee news</h1>\n<ul class=\"list-group\">\n{wl_news_list(WL_NEWS)}</ul>"),
           WL_BASE + f"news/{WL_NEWS[0][0].isoformat()}-{slug(WL_NEWS[0][1])}": wl_wrap(WL_NEWS[0][1], f"<article><h1>{WL_NEWS[0][1]}</h1><p class=\"text-muted\">For immediate release: {us(WL_NEWS[0][0])}</p><p>Contact: Ellen Marsh, (555) 201-4410</p><p>Westland City - House Agriculture and Natural Resources Chair Rosa Alvarez released the following statement ahead of the committee's hearing on House Bill 2231 on {us(WL_UPCOMING[0][0])}.</p><p>\"Three years of drought have pushed family farms to the edge. HB 2231 gets money to the ground quickly.\"</p></article>")},
    # hearings are announced ahead (an events schedule): their dates are no future-dated items
    full=Depth("healthy", True, must_not=FRESH + HIJACK + ("future_dated",), last_updated=ago(5)),
    home=Depth("healthy", True, must_not=FRESH + HIJACK, last_updated=ago(5)),
    columns=(
        Col("Upcoming Hearings", ("other", "notice"), ANY),
        # agendas and minutes of past meetings: a record published for the public
        Col("Agendas and Minutes", ("notice", "other"), ago(7)),
        Col("Committee News", ("news",), ago(5)),
    ),
    page_dates={WL_BASE + f"news/{WL_NEWS[0][0].isoformat()}-{slug(WL_NEWS[0][1])}": ago(5)},
))


# ---------------------------------------------------------------------------
# 7. Federal Water Resources Service, Great Lakes Region: USWDS, six empty columns
# ---------------------------------------------------------------------------

FW_BASE = "/greatlakes/"
FW_PRESS = [(ago(6), "Federal Water Resources Service awards $12 million for Great Lakes shoreline resilience"),
            (ago(13), "Lake Erie harmful algal bloom season ends with smaller bloom than forecast"),
            (ago(20), "Regional director testifies on Soo Locks water supply"),
            (ago(34), "New real-time water level gauges installed on Lake Michigan")]
FW_EMPTY = [  # heading, path, marker, list-page marker
    ("Public notices", "public-notices", "There are currently no public notices.", "There are currently no public notices."),
    ("Federal Register notices", "federal-register-notices", "No results found.", "No results found."),
    ("Reports and publications", "reports-publications", "Check back soon.", "No results found."),
    ("Speeches and testimony", "speeches-testimony", "No results found.", "No results found."),
    ("Job announcements", "job-announcements", "There are currently no job announcements for this region. Check back soon.",
     "There are currently no job announcements for this region."),
    ("Policy guidance", "policy-guidance", "No results found.", "No results found."),
]
FW_MENU = {
    "Water data": ["Real-time water levels", "Streamflow", "Lake forecasts", "Ice cover", "Data downloads", "API"],
    "Programs": ["Shoreline resilience", "Harmful algal blooms", "Navigation", "Dam safety", "Tribal water programs",
                 "Grants and funding"],
    "Newsroom": ["Press releases", "Speeches and testimony", "Media contacts", "Photo library"],
    "About": ["Regional director", "Field offices", "Careers", "Contact us", "Doing business with us"],
}


def fw_wrap(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Great Lakes Region | Federal Water Resources Service</title>
<link rel="stylesheet" href="/themes/custom/fwrs_uswds/dist/css/uswds.min.css?v=3.8.1">
<script src="/themes/custom/fwrs_uswds/dist/js/uswds-init.min.js"></script>
<script async type="text/javascript" src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=DOI&amp;subagency=FWRS" id="_fed_an_ua_tag"></script>
</head>
<body>
<a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government">
  <div class="usa-accordion">
    <header class="usa-banner__header"><div class="usa-banner__inner">
      <div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag" src="/themes/custom/fwrs_uswds/dist/img/us_flag_small.png" alt=""></div>
      <div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">An official website of the United States government</p><p class="usa-banner__header-action">Here's how you know</p></div>
      <button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default"><span class="usa-banner__button-text">Here's how you know</span></button>
    </div></header>
    <div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden>
      <div class="grid-row grid-gap-lg">
        <div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>Official websites use .gov</strong><br>A <strong>.gov</strong> website belongs to an official government organization in the United States.</p></div></div>
        <div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>Secure .gov websites use HTTPS</strong><br>A <strong>lock</strong> or <strong>https://</strong> means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.</p></div></div>
      </div>
    </div>
  </div>
</section>
<div class="usa-overlay"></div>
<header class="usa-header usa-header--extended">
  <div class="usa-navbar">
    <div class="usa-logo"><em class="usa-logo__text"><a href="{FW_BASE}" title="Great Lakes Region">Federal Water Resources Service &middot; Great Lakes Region</a></em></div>
    <button type="button" class="usa-menu-btn">Menu</button>
  </div>
  <nav aria-label="Primary navigation" class="usa-nav">
    <div class="usa-nav__inner">
      <button type="button" class="usa-nav__close"><img src="/themes/custom/fwrs_uswds/dist/img/usa-icons/close.svg" role="img" alt="Close"></button>
      <ul class="usa-nav__primary usa-accordion">
{menu(FW_MENU, FW_BASE, 'usa-nav')}
      </ul>
      <div class="usa-nav__secondary">
        <ul class="usa-nav__secondary-links"><li class="usa-nav__secondary-item"><a href="/">FWRS national site</a></li><li class="usa-nav__secondary-item"><a href="{FW_BASE}about/contact-us">Contact</a></li></ul>
        <section aria-label="Search component"><form class="usa-search usa-search--small" role="search" action="https://search.usa.gov/search"><input type="hidden" name="affiliate" value="fwrs"><label class="usa-sr-only" for="search-field">Search</label><input class="usa-input" id="search-field" type="search" name="query"><button class="usa-button" type="submit"><img src="/themes/custom/fwrs_uswds/dist/img/usa-icons-bg/search--white.svg" class="usa-search__submit-icon" alt="Search"></button></form></section>
      </div>
    </div>
  </nav>
</header>
<main id="main-content" class="usa-layout-docs">
<div class="grid-container">
{main}
<div class="page-last-reviewed"><p>Last reviewed: {us(NOW)}</p></div>
</div>
</main>
<footer class="usa-footer usa-footer--slim">
  <div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
  <div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap">
    <li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="/about/accessibility">Accessibility</a></li>
    <li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="/about/foia">FOIA</a></li>
    <li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="/about/no-fear-act">No FEAR Act data</a></li>
    <li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="/about/privacy">Privacy policy</a></li>
    <li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="https://www.oig.doi.gov/">Office of Inspector General</a></li>
    <li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="https://www.usa.gov/">USA.gov</a></li>
  </ul></nav></div>
  <div class="usa-footer__secondary-section"><div class="grid-container"><p>Federal Water Resources Service, 2100 Lakeshore Drive, Chicago, IL 60616</p></div></div>
</footer>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier"><div class="usa-identifier__container"><p class="usa-identifier__identity-domain">fwrs.gov</p><p class="usa-identifier__identity-disclaimer">An official website of the <a href="https://www.doi.gov">U.S. Department of the Interior</a></p></div></section></div>
<script src="/themes/custom/fwrs_uswds/dist/js/uswds.min.js"></script>
</body>
</html>
"""


def fw_press_items(items: list[tuple[date, str]]) -> str:
    return "".join(
        f"""<li class="usa-collection__item"><div class="usa-collection__body">
  <h3 class="usa-collection__heading"><a class="usa-link" href="{FW_BASE}newsroom/press-releases/{slug(t)}">{t}</a></h3>
  <ul class="usa-collection__meta" aria-label="More information"><li class="usa-collection__meta-item"><time datetime="{d.isoformat()}">{us(d)}</time></li><li class="usa-collection__meta-item usa-tag">Press release</li></ul>
</div></li>
"""
        for d, t in items
    )


def fw_home() -> str:
    empties = "".join(
        f"""  <div class="tablet:grid-col-6 fw-block">
    <h2 class="fw-block__heading">{h}</h2>
    <div class="view view-{p}"><div class="view-empty"><p>{marker}</p></div></div>
    <p><a class="usa-link" href="{FW_BASE}{p}">View all {h.lower()}</a></p>
  </div>
"""
        for h, p, marker, _lm in FW_EMPTY
    )
    main = f"""<h1 class="usa-sr-only">Great Lakes Region</h1>
<section class="usa-hero" aria-label="Introduction"><div class="usa-hero__callout"><h2 class="usa-hero__heading">Managing water for eight states and 34 million people</h2><a class="usa-button" href="{FW_BASE}programs">Our programs</a></div></section>
<section class="usa-site-alert usa-site-alert--info" aria-label="Site alert">
  <div class="usa-alert"><div class="usa-alert__body"><h2 class="usa-alert__heading">Alerts</h2><p class="usa-alert__text">There are no active alerts at this time.</p></div></div>
</section>
<div class="grid-row grid-gap-lg">
  <div class="tablet:grid-col-8">
    <h2>Press releases</h2>
    <ul class="usa-collection">
{fw_press_items(FW_PRESS[:3])}    </ul>
    <p><a class="usa-link" href="{FW_BASE}newsroom/press-releases">All press releases</a></p>
  </div>
  <div class="tablet:grid-col-4">
    <h2>Upcoming events</h2>
    <ul class="usa-collection">
      <li class="usa-collection__item"><div class="usa-collection__calendar-date"><time datetime="{(NOW + timedelta(days=15)).isoformat()}"><span class="usa-collection__calendar-date-month">DEC</span><span class="usa-collection__calendar-date-day">{(NOW + timedelta(days=15)).day}</span></time></div><div class="usa-collection__body"><h3 class="usa-collection__heading"><a class="usa-link" href="{FW_BASE}events/public-meeting-lake-superior-water-levels">Public meeting: Lake Superior water levels</a></h3></div></li>
      <li class="usa-collection__item"><div class="usa-collection__calendar-date"><time datetime="{(NOW + timedelta(days=29)).isoformat()}"><span class="usa-collection__calendar-date-month">DEC</span><span class="usa-collection__calendar-date-day">{(NOW + timedelta(days=29)).day}</span></time></div><div class="usa-collection__body"><h3 class="usa-collection__heading"><a class="usa-link" href="{FW_BASE}events/tribal-consultation-webinar">Tribal consultation webinar</a></h3></div></li>
    </ul>
  </div>
</div>
<div class="grid-row grid-gap-lg">
{empties}</div>
"""
    return fw_wrap("Home", main)


_fw_pages = {
    FW_BASE: fw_home(),
    FW_BASE + "newsroom/press-releases": fw_wrap("Press releases", f"<h1>Press releases</h1>\n<ul class=\"usa-collection\">\n{fw_press_items(FW_PRESS)}</ul>"),
    FW_BASE + f"newsroom/press-releases/{slug(FW_PRESS[0][1])}": fw_wrap(FW_PRESS[0][1], f"""<article>
<p class="usa-tag">Press release</p>
<h1>{FW_PRESS[0][1]}</h1>
<p class="fw-date"><time datetime="{FW_PRESS[0][0].isoformat()}">{us(FW_PRESS[0][0])}</time></p>
<p><strong>Contact:</strong> Great Lakes Region Public Affairs, glpublicaffairs@fwrs.gov</p>
<p>CHICAGO - The Federal Water Resources Service today announced $12 million in grants for 17 shoreline resilience projects in six Great Lakes states.</p>
<p>The projects will restore coastal wetlands, stabilize bluffs and replace hardened shorelines with natural features.</p>
</article>"""),
}
for _h, _p, _m, _lm in FW_EMPTY:
    _fw_pages[FW_BASE + _p] = fw_wrap(_h, f"""<h1>{_h}</h1>
<form class="usa-form views-exposed-form" action="{FW_BASE}{_p}" method="get"><label class="usa-label" for="kw">Keyword</label><input class="usa-input" id="kw" name="keys"><button class="usa-button">Apply</button></form>
<div class="view view-{_p}"><div class="view-empty"><p>{_lm}</p></div></div>""")

SITES.append(Site(
    key="fwrs", host="www.fwrs-gov.test", path=FW_BASE, name="Federal Water Resources Service, Great Lakes Region",
    timezone="America/Chicago",
    pages=_fw_pages,
    # six empty columns; the empty "Alerts" box is its normal state
    full=Depth("stale", False, must=("column_empty",),
               must_not=("homepage_stale", "column_stale", "abandoned", "undated", "future_dated", *HIJACK),
               last_updated=ago(6)),
    home=Depth("healthy", True, must_not=FRESH + HIJACK, last_updated=ago(6)),
    columns=(
        Col("Press releases", ("news",), ago(6)),
        Col("Public notices", ("notice",), None, empty=True),
        Col("Federal Register notices", ("notice",), None, empty=True),
        # publications: reports of the agency's work (not a freshness class)
        Col("Reports and publications", ("other", "policy"), None, empty=True),
        Col("Speeches and testimony", ("news", "other"), None, empty=True),
        Col("Job announcements", ("personnel",), None, empty=True),
        Col("Policy guidance", ("policy",), None, empty=True),
    ),
    page_dates={FW_BASE + f"newsroom/press-releases/{slug(FW_PRESS[0][1])}": ago(6)},
))


# ---------------------------------------------------------------------------
# 8. Comhairle Inbhir Bhrùra / Inverbrora Council: bilingual, spam hidden in the footer
# ---------------------------------------------------------------------------

IB_NEWS = [(ago(1), "Winter gritting routes published for 2026-27"),
           (ago(4), "Ferry timetable changes for the Kyle crossing"),
           (ago(7), "New Gaelic-medium primary school gets the go-ahead"),
           (ago(12), "Community council elections: nominations open"),
           (ago(18), "Council tax reduction scheme: apply now")]
IB_NOTICES = [(ago(12), "Temporary Traffic Regulation Order: A890 Strathcarron"),
              (ago(26), "Notice of application for a short-term let licence, Portree"),
              (ago(47), "Proposed Inverbrora (Waiting Restrictions) Order 2026")]
IB_EVENTS = [(NOW + timedelta(days=9), "Mòd Inbhir Bhrùra: Gaelic song and music"),
             (NOW + timedelta(days=24), "Hogmanay ceilidh, Inverbrora Town Hall")]
IB_SPAM = [("https://www.spin-royale-casino.example/", "online casino real money"),
           ("https://www.spin-royale-casino.example/slots", "best online slots UK"),
           ("https://bet-kings-777.example/", "no deposit casino bonus"),
           ("https://pharma-direct-rx.example/viagra", "buy viagra online without prescription"),
           ("https://pharma-direct-rx.example/cialis", "cheap cialis 20mg"),
           ("https://pharma-direct-rx.example/tramadol", "order tramadol overnight"),
           ("https://bet-kings-777.example/poker", "online poker"),
           ("https://www.spin-royale-casino.example/roulette", "live roulette casino")]
IB_MENU = {
    "Seirbheisean / Services": ["Bins and recycling", "Council tax", "Benefits and grants", "Housing", "Roads and transport",
                                "Schools and learning", "Social care", "Planning and building standards", "Licensing",
                                "Environmental health", "Ferries", "Harbours"],
    "A' Chomhairle / The Council": ["Councillors", "Committee meetings", "Gaelic Language Plan", "Budget", "Jobs",
                                    "Complaints", "Freedom of information", "Contact us"],
    "Coimhearsnachd / Community": ["Community councils", "Libraries", "Leisure", "Museums and archives", "Events",
                                   "Volunteering"],
}


def ib_wrap(title: str, main: str) -> str:
    spam = "".join(f'<a href="{u}">{t}</a> ' for u, t in IB_SPAM)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Comhairle Inbhir Bhrùra | Inverbrora Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/site/styles/main.css?v=20260917">
<link rel="alternate" hreflang="gd" href="/gd/">
<script src="/site/scripts/cookie-control.js"></script>
</head>
<body>
<a class="skip" href="#content">Skip to content / Leum chun na susbaint</a>
<header class="masthead">
  <a class="masthead__logo" href="/"><img src="/site/images/logo-bilingual.svg" alt="Comhairle Inbhir Bhrùra / Inverbrora Council"></a>
  <ul class="masthead__lang"><li><a href="/gd/" lang="gd">Gàidhlig</a></li><li><a href="/">English</a></li></ul>
  <form class="masthead__search" action="/search" method="get"><label for="s">Lorg / Search</label><input id="s" name="q"><button>Lorg</button></form>
  <nav class="masthead__nav" aria-label="Main"><ul>
{menu(IB_MENU, '/', 'masthead__nav')}
  </ul></nav>
</header>
<main id="content">
{main}
</main>
<footer class="footer">
  <div class="footer__inner">
    <ul class="footer__links"><li><a href="/accessibility">Ruigsinneachd / Accessibility</a></li><li><a href="/privacy">Prìobhaideachd / Privacy</a></li><li><a href="/cookies">Briosgaidean / Cookies</a></li><li><a href="/contact">Cuir fios thugainn / Contact us</a></li></ul>
    <p>Comhairle Inbhir Bhrùra, Taigh na Comhairle, Inbhir Bhrùra IV99 1AB</p>
    <p>&copy; Comhairle Inbhir Bhrùra / Inverbrora Council 2026</p>
    <div style="position:absolute;left:-9999px;top:-9999px;width:1px;height:1px;overflow:hidden">{spam}</div>
  </div>
</footer>
<script src="/site/scripts/main.js?v=20260917"></script>
</body>
</html>
"""


def ib_list(items: list[tuple[date, str]], base: str) -> str:
    return "".join(
        f'<li class="list__item"><a class="list__link" href="{base}/{slug(t)}">{t}</a> <p class="list__meta">{long(d)}</p></li>\n'
        for d, t in items
    )


def ib_home() -> str:
    tasks = "".join(f'<li><a href="/{slug("Seirbheisean / Services")}/{slug(x)}">{x}</a></li>' for x in IB_MENU["Seirbheisean / Services"])
    main = f"""<h1 class="visually-hidden">Comhairle Inbhir Bhrùra / Inverbrora Council</h1>
<section class="tasks"><h2>Seirbheisean / Services</h2><ul class="tasks__list">{tasks}</ul></section>
<section class="news">
  <h2>Naidheachdan / News</h2>
  <ul class="list">
{ib_list(IB_NEWS[:4], '/news/article')}  </ul>
  <p class="more"><a href="/news">Barrachd naidheachdan / More news</a></p>
</section>
<section class="notices">
  <h2>Fiosan Poblach / Public Notices</h2>
  <ul class="list">
{ib_list(IB_NOTICES, '/public-notices/notice')}  </ul>
  <p class="more"><a href="/public-notices">A h-uile fios / All notices</a></p>
</section>
<section class="events">
  <h2>Tachartasan / What's On</h2>
  <ul class="list">
{''.join(f'<li class="list__item"><a href="/events/{slug(t)}">{t}</a> <p class="list__meta">{weekday(d)} {long(d)}</p></li>' for d, t in IB_EVENTS)}
  </ul>
  <p class="more"><a href="/events">Tuilleadh thachartasan / More events</a></p>
</section>
"""
    return ib_wrap("Home", main)


SITES.append(Site(
    key="inbhir", host="www.inbhir-council.test", path="/", name="Comhairle Inbhir Bhrùra / Inverbrora Council",
    timezone="Europe/London",
    pages={"/": ib_home(),
           "/news": ib_wrap("Naidheachdan / News", f"<h1>Naidheachdan / News</h1>\n<ul class=\"list\">\n{ib_list(IB_NEWS, '/news/article')}</ul>"),
           "/public-notices": ib_wrap("Fiosan Poblach / Public Notices", f"<h1>Fiosan Poblach / Public Notices</h1>\n<ul class=\"list\">\n{ib_list(IB_NOTICES, '/public-notices/notice')}</ul>"),
           f"/news/article/{slug(IB_NEWS[0][1])}": ib_wrap(IB_NEWS[0][1], f"<article><h1>{IB_NEWS[0][1]}</h1><p class=\"meta\">Published: {long(IB_NEWS[0][0])}</p><p>Priority one routes will be treated from 5am every day between November and March.</p><p>Check the gritting map for your street.</p></article>")},
    full=Depth("hijacked", False, must=("hidden_links", "spam_content"),
               must_not=("homepage_stale", "column_stale", "column_empty", "abandoned", "undated", "future_dated"),
               last_updated=ago(1)),
    home=Depth("hijacked", False, must=("hidden_links", "spam_content"),
               must_not=("homepage_stale", "abandoned", "undated"), last_updated=ago(1)),
    columns=(
        Col("News", ("news",), ago(1)),
        Col("Public Notices", ("notice",), ago(12)),
        Col("What's On", ("other",), ANY),
    ),
    page_dates={f"/news/article/{slug(IB_NEWS[0][1])}": ago(1)},
))


# ---------------------------------------------------------------------------
# 9. Nqabara Local Municipality: WordPress + Elementor, nothing new for 14 months
# ---------------------------------------------------------------------------

NQ_NEWS = [(date(2025, 9, 15), "Mayor hands over RDP houses in Ward 7"),
           (date(2025, 8, 28), "Municipality hosts Heritage Month celebration"),
           (date(2025, 8, 6), "Women's Month dialogue with local cooperatives"),
           (date(2025, 7, 18), "Mandela Day clean-up at Nqabara taxi rank")]
NQ_TENDERS = [("NLM/2025/034", "Supply and delivery of water tankers", date(2025, 9, 12), date(2025, 10, 6)),
              ("NLM/2025/031", "Construction of Mbhashe access road (Phase 2)", date(2025, 8, 22), date(2025, 9, 22)),
              ("NLM/2025/029", "Provision of security services for municipal buildings", date(2025, 8, 1), date(2025, 8, 29)),
              ("NLM/2025/024", "Appointment of panel of engineering consultants", date(2025, 6, 27), date(2025, 7, 25))]
NQ_VACANCIES = [("Manager: Technical Services", date(2025, 8, 20), date(2025, 9, 5)),
                ("Traffic Officer (x3)", date(2025, 7, 9), date(2025, 7, 25)),
                ("Librarian: Nqabara Library", date(2025, 6, 2), date(2025, 6, 20))]
NQ_NOTICES = [(date(2025, 7, 30), "Notice of Special Council Meeting: adoption of the 2025/26 SDBIP"),
              (date(2025, 6, 18), "Public notice: general valuation roll 2025-2030 open for inspection"),
              (date(2025, 5, 30), "Water interruption notice: Ward 3 and Ward 4")]


def nq_wrap(title: str, main: str) -> str:
    menu_items = {
        "About Us": ["Mayor", "Speaker", "Municipal Manager", "Council", "Ward Councillors", "Organogram", "Vision and Mission"],
        "Services": ["Water and Sanitation", "Electricity", "Waste Management", "Roads and Stormwater", "Traffic and Licensing",
                     "Libraries", "Indigent Support", "Local Economic Development"],
        "Documents": ["IDP", "Budget", "SDBIP", "Annual Reports", "By-laws", "Policies", "MFMA Section 75"],
        "Opportunities": ["Tenders", "Vacancies", "Supplier Database", "Bursaries"],
        "Media": ["News", "Notices", "Gallery", "Events"],
    }
    return f"""<!doctype html>
<html lang="en-ZA">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Nqabara Local Municipality</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Nqabara Local Municipality &raquo; Feed" href="/feed/" />
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.3' media='all' />
<link rel='stylesheet' id='elementor-post-8-css' href='/wp-content/uploads/elementor/css/post-8.css?ver=1726131245' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.5.5" />
<meta name="generator" content="Elementor 3.21.3; features: e_optimized_assets_loading; settings: css_print_method-external" />
</head>
<body class="home page-template-default page page-id-8 wp-custom-logo ast-desktop elementor-default elementor-page elementor-page-8">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
  <div class="ast-above-header-bar"><div class="ast-container"><span>Tel: 047 555 0100 | Fax: 047 555 0199 | info@nqabara.gov.za</span> <span>Fraud hotline: 0800 701 701</span></div></div>
  <div class="main-header-bar"><div class="ast-container">
    <div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img width="300" height="90" src="/wp-content/uploads/2023/03/nqabara-logo.png" class="custom-logo" alt="Nqabara Local Municipality"></a></div>
    <nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
      <li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-home current-menu-item"><a href="/" class="menu-link">Home</a></li>
{menu(menu_items, '/', 'menu-item')}
      <li class="menu-item"><a href="/contact-us/" class="menu-link">Contact Us</a></li>
    </ul></nav>
  </div></div>
</header>
<div id="content" class="site-content">
{main}
</div>
<footer class="site-footer" id="colophon">
  <div class="footer-widget-area"><div class="ast-container">
    <section class="widget widget_text"><h2 class="widget-title">Contact Us</h2><div class="textwidget"><p>Nqabara Local Municipality<br>Municipal Offices, 12 Main Road, Nqabara, 5090<br>Tel: 047 555 0100</p></div></section>
    <section class="widget widget_nav_menu"><h2 class="widget-title">Quick Links</h2><ul class="menu"><li><a href="https://www.cogta.gov.za/">COGTA</a></li><li><a href="https://www.treasury.gov.za/">National Treasury</a></li><li><a href="https://www.ecprov.gov.za/">Eastern Cape Provincial Government</a></li><li><a href="https://www.salga.org.za/">SALGA</a></li></ul></section>
    <section class="widget widget_text"><h2 class="widget-title">PAIA &amp; POPIA</h2><div class="textwidget"><p><a href="/documents/paia-manual/">PAIA Manual</a> | <a href="/privacy-policy/">Privacy Policy</a></p></div></section>
  </div></div>
  <div class="ast-small-footer"><div class="ast-container"><p>Copyright &copy; 2026 Nqabara Local Municipality | All rights reserved</p><p class="last-updated">Last updated: {long(NOW)}</p></div></div>
</footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. <a role='button' class="cli_settings_button">Cookie settings</a> <a role='button' id="cookie_action_close_header" class="cli_action_button">ACCEPT</a></span></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.3" id="elementor-frontend-js"></script>
<script id="wp-emoji-settings" type="application/json">{{"baseUrl":"https://s.w.org/images/core/emoji/15.0.3/72x72/","ext":".png","svgUrl":"https://s.w.org/images/core/emoji/15.0.3/svg/","svgExt":".svg","source":{{"concatemoji":"/wp-includes/js/wp-emoji-release.min.js?ver=6.5.5"}}}}</script>
</body>
</html>
"""


def nq_post(d: date, t: str, i: int) -> str:
    return f"""<article class="elementor-post elementor-grid-item post-{900 - i} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
  <a class="elementor-post__thumbnail__link" href="/{d.year}/{d.month:02d}/{d.day:02d}/{slug(t)}/" tabindex="-1"><div class="elementor-post__thumbnail"><img src="/wp-content/uploads/{d.year}/{d.month:02d}/news-{i}-300x200.jpg" alt=""></div></a>
  <div class="elementor-post__text">
    <h3 class="elementor-post__title"><a href="/{d.year}/{d.month:02d}/{d.day:02d}/{slug(t)}/">{t}</a></h3>
    <div class="elementor-post__meta-data"><span class="elementor-post-date">{long(d)}</span></div>
    <a class="elementor-post__read-more" href="/{d.year}/{d.month:02d}/{d.day:02d}/{slug(t)}/" aria-label="Read more about {t}" tabindex="-1">Read More &raquo;</a>
  </div>
</article>
"""


def nq_ymd(d: date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def nq_tender_table(rows: list[tuple[str, str, date, date]]) -> str:
    body = "".join(
        f'<tr><td>{no}</td><td><a href="/wp-content/uploads/{a.year}/{a.month:02d}/{no.replace("/", "-")}.pdf">{desc}</a></td><td>{nq_ymd(a)}</td><td>{nq_ymd(c)} at 12:00</td></tr>\n'
        for no, desc, a, c in rows
    )
    return f"""<table class="tablepress tablepress-id-4"><thead><tr class="row-1"><th class="column-1">Tender No.</th><th class="column-2">Description</th><th class="column-3">Advert Date</th><th class="column-4">Closing Date</th></tr></thead><tbody class="row-hover">
{body}</tbody></table>"""


def nq_vacancy_table(rows: list[tuple[str, date, date]]) -> str:
    body = "".join(
        f'<tr><td><a href="/wp-content/uploads/{a.year}/{a.month:02d}/{slug(p)}.pdf">{p}</a></td><td>{nq_ymd(a)}</td><td>{nq_ymd(c)}</td></tr>\n'
        for p, a, c in rows
    )
    return f"""<table class="tablepress tablepress-id-5"><thead><tr><th>Position</th><th>Date Advertised</th><th>Closing Date</th></tr></thead><tbody>
{body}</tbody></table>"""


def nq_home() -> str:
    main = f"""<div data-elementor-type="wp-page" data-elementor-id="8" class="elementor elementor-8">
<section class="elementor-section elementor-top-section hero"><div class="elementor-container"><div class="elementor-widget-container">
  <h1 class="elementor-heading-title">Welcome to Nqabara Local Municipality</h1>
  <p>Ukuphucula impilo yabantu bethu &mdash; improving the lives of our people.</p>
  <a class="elementor-button" href="/services/indigent-support/">Apply for indigent support</a>
</div></div></section>
<section class="elementor-section"><div class="elementor-container">
  <div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">
    <div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">Latest News</h2></div>
    <div class="elementor-widget elementor-widget-posts"><div class="elementor-posts-container elementor-posts elementor-grid">
{''.join(nq_post(d, t, i) for i, (d, t) in enumerate(NQ_NEWS[:3]))}
    </div></div>
    <a class="elementor-button" href="/category/news/">More News</a>
  </div></div>
  <div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
    <div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">Notices</h2></div>
    <ul class="elementor-icon-list-items">
{''.join(f'<li class="elementor-icon-list-item"><a href="/notices/{slug(t)}/">{t}</a> <span class="notice-date">{long(d)}</span></li>' for d, t in NQ_NOTICES)}
    </ul>
    <a class="elementor-button" href="/notices/">All Notices</a>
  </div></div>
</div></section>
<section class="elementor-section"><div class="elementor-container">
  <div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">Tenders</h2></div>
  {nq_tender_table(NQ_TENDERS[:3])}
  <a class="elementor-button" href="/opportunities/tenders/">View All Tenders</a>
</div></section>
<section class="elementor-section"><div class="elementor-container">
  <div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">Vacancies</h2></div>
  {nq_vacancy_table(NQ_VACANCIES[:2])}
  <a class="elementor-button" href="/opportunities/vacancies/">View All Vacancies</a>
</div></section>
<section class="elementor-section services"><div class="elementor-container">
  <div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">Our Services</h2></div>
  <div class="elementor-icon-boxes"><div class="elementor-icon-box"><h3><a href="/services/water-and-sanitation/">Water and Sanitation</a></h3></div><div class="elementor-icon-box"><h3><a href="/services/electricity/">Electricity</a></h3></div><div class="elementor-icon-box"><h3><a href="/services/waste-management/">Waste Management</a></h3></div><div class="elementor-icon-box"><h3><a href="/services/traffic-and-licensing/">Traffic and Licensing</a></h3></div></div>
</div></section>
</div>
"""
    return nq_wrap("Home", main)


SITES.append(Site(
    key="nqabara", host="www.nqabara.test", path="/", name="Nqabara Local Municipality",
    timezone="Africa/Johannesburg",
    pages={"/": nq_home(),
           "/category/news/": nq_wrap("News", '<main class="site-main"><h1 class="page-title">Category: News</h1><div class="elementor-posts-container">\n' + "".join(nq_post(d, t, i) for i, (d, t) in enumerate(NQ_NEWS)) + "</div></main>"),
           "/notices/": nq_wrap("Notices", "<main class=\"site-main\"><h1>Notices</h1><ul>" + "".join(f'<li><a href="/notices/{slug(t)}/">{t}</a> <span class="notice-date">{long(d)}</span></li>' for d, t in NQ_NOTICES) + "</ul></main>"),
           "/opportunities/tenders/": nq_wrap("Tenders", f"<main class=\"site-main\"><h1>Tenders</h1><p>All tenders are advertised on the National Treasury eTender Portal. Bid documents are available free of charge.</p>{nq_tender_table(NQ_TENDERS)}</main>"),
           "/opportunities/vacancies/": nq_wrap("Vacancies", f"<main class=\"site-main\"><h1>Vacancies</h1>{nq_vacancy_table(NQ_VACANCIES)}</main>"),
           f"/2025/09/15/{slug(NQ_NEWS[0][1])}/": nq_wrap(NQ_NEWS[0][1], f"<main class=\"site-main\"><article class=\"post type-post\"><header class=\"entry-header\"><h1 class=\"entry-title\">{NQ_NEWS[0][1]}</h1><div class=\"entry-meta\"><span class=\"posted-on\"><time class=\"entry-date published\" datetime=\"2025-09-15T10:12:00+02:00\">{long(NQ_NEWS[0][0])}</time></span> / <span class=\"author\">Communications</span></div></header><div class=\"entry-content\"><p>Executive Mayor Cllr N. Dlamini handed over 48 houses to beneficiaries in Ward 7.</p><p>The project forms part of the municipality's integrated human settlements plan.</p></div></article></main>")},
    # newest 2025-09-15, 435 days; closing dates (2025-10-06) are no updates and old anyway;
    # the footer's "Last updated" and "© 2026" are written at each request
    full=Depth("zombie", False, must=("abandoned", "homepage_stale", "column_stale"),
               must_not=("column_empty", "undated", "future_dated", *HIJACK), last_updated=date(2025, 9, 15)),
    home=Depth("zombie", False, must=("abandoned", "homepage_stale"), must_not=("undated", *HIJACK),
               last_updated=date(2025, 9, 15)),
    columns=(
        Col("Latest News", ("news",), date(2025, 9, 15)),
        Col("Notices", ("notice",), date(2025, 7, 30)),
        Col("Tenders", ("notice",), date(2025, 9, 12)),
        Col("Vacancies", ("personnel",), date(2025, 8, 20)),
    ),
    page_dates={f"/2025/09/15/{slug(NQ_NEWS[0][1])}/": date(2025, 9, 15)},
))


# ---------------------------------------------------------------------------
# 10. Land Mobility Authority (Singapore): SGDS masthead, "20 Nov 2026", healthy
# ---------------------------------------------------------------------------

LM_PRESS = [(ago(4), "LMA to pilot autonomous shuttle service in Punggol Digital District"),
            (ago(9), "Public consultation on active mobility rules for shared paths"),
            (ago(15), "Completion of Thomson-East Coast Line Stage 5 systems integration tests"),
            (ago(22), "Enhanced enforcement against errant PMD riders from 1 December")]
LM_FORUM = [(ago(6), "Cyclists must keep left and slow down on shared paths"),
            (ago(13), "Bus stop shelters being extended at high-traffic stops"),
            (ago(27), "Road works at Upper Bukit Timah timed to minimise disruption")]
LM_SPEECHES = [(ago(8), "Speech by Chief Executive at the Land Transport Industry Day 2026"),
               (ago(30), "Speech by Senior Minister of State at the Walk Cycle Ride SG Symposium")]


def lm_wrap(title: str, main: str) -> str:
    nav = {
        "Travelling": ["Public transport", "Cycling", "Walking", "Taxis and private hire", "Accessibility"],
        "Driving": ["Vehicle registration", "Road tax", "COE", "Driving licence", "Parking", "Road safety"],
        "Industry": ["Tenders and quotations", "Contractors", "Land transport data", "Research"],
        "Media Centre": ["Press releases", "Forum letter replies", "Speeches", "Factsheets", "Media contacts"],
        "About LMA": ["Who we are", "Board members", "Careers", "Corporate publications", "Contact us"],
    }
    return f"""<!DOCTYPE html>
<html lang="en-SG">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Land Mobility Authority</title>
<link rel="stylesheet" href="/etc.clientlibs/lma/clientlibs/clientlib-site.min.css">
<script src="https://assets.wogaa.sg/scripts/wogaa.js" defer></script>
<script type="module" src="https://cdn.jsdelivr.net/npm/@govtechsg/sgds-web-component@2/Masthead/index.js"></script>
</head>
<body>
<sgds-masthead></sgds-masthead>
<noscript><div class="sgds-masthead"><span>A Singapore Government Agency Website</span> <a href="#">How to identify</a></div></noscript>
<header class="lma-header">
  <a class="lma-header__logo" href="/"><img src="/content/dam/lma/logo/lma-logo.svg" alt="Land Mobility Authority" width="200" height="56"></a>
  <nav class="lma-nav" aria-label="Main navigation"><ul>
{menu(nav, '/', 'lma-nav')}
  </ul></nav>
  <form class="lma-search" action="/search.html" method="get"><input name="q" aria-label="Search" placeholder="Search"><button>Search</button></form>
</header>
<main id="main-content">
{main}
</main>
<footer class="sgds-footer">
  <div class="footer-top"><h2>Land Mobility Authority</h2><ul class="footer-links"><li><a href="/about-lma/contact-us.html">Contact Us</a></li><li><a href="https://www.reach.gov.sg/">Feedback</a></li><li><a href="/about-lma/careers.html">Careers</a></li><li><a href="/sitemap.html">Sitemap</a></li></ul></div>
  <div class="footer-bottom">
    <ul class="footer-legal"><li><a href="https://tech.gov.sg/report_vulnerability" target="_blank" rel="noopener">Report Vulnerability</a></li><li><a href="/privacy-statement.html">Privacy Statement</a></li><li><a href="/terms-of-use.html">Terms of Use</a></li></ul>
    <p class="footer-copyright">&copy; 2026 Government of Singapore</p>
    <p class="footer-updated">Last Updated {short(NOW)}</p>
  </div>
</footer>
</body>
</html>
"""


def lm_cards(items: list[tuple[date, str]], base: str, kind: str) -> str:
    return "".join(
        f"""<div class="media-card">
  <p class="media-card__type">{kind}</p>
  <h3 class="media-card__title"><a href="/media-centre/{base}/{d.year}/{slug(t)}.html">{t}</a></h3>
  <p class="media-card__date">{short(d)}</p>
</div>
"""
        for d, t in items
    )


def lm_home() -> str:
    main = f"""<h1 class="sr-only">Land Mobility Authority</h1>
<section class="hero-carousel"><div class="hero-slide"><h2>Walk Cycle Ride SG</h2><p>Making car-lite travel the way of life.</p><a href="/travelling/cycling.html">Learn more</a></div></section>
<section class="quick-links"><h2>I want to</h2><ul><li><a href="/driving/road-tax.html">Renew road tax</a></li><li><a href="/driving/coe.html">Check COE results</a></li><li><a href="/travelling/public-transport.html">Plan my journey</a></li><li><a href="/driving/parking.html">Appeal a parking fine</a></li></ul></section>
<section class="media-centre">
  <h2>Press Releases</h2>
  <div class="media-cards">{lm_cards(LM_PRESS[:3], 'press-releases', 'Press Release')}</div>
  <a class="btn-more" href="/media-centre/press-releases.html">View all press releases</a>
  <h2>Forum Letter Replies</h2>
  <div class="media-cards">{lm_cards(LM_FORUM[:2], 'forum-letter-replies', 'Forum Letter Reply')}</div>
  <a class="btn-more" href="/media-centre/forum-letter-replies.html">View all forum letter replies</a>
  <h2>Speeches</h2>
  <div class="media-cards">{lm_cards(LM_SPEECHES[:2], 'speeches', 'Speech')}</div>
  <a class="btn-more" href="/media-centre/speeches.html">View all speeches</a>
</section>
<section class="events"><h2>Upcoming Events</h2><ul><li><a href="/events/car-free-sunday.html">Car-Free Sunday SG</a> <span>{short(NOW + timedelta(days=5))}</span></li><li><a href="/events/walk-cycle-ride-festival.html">Walk Cycle Ride Festival</a> <span>{short(NOW + timedelta(days=40))}</span></li></ul></section>
"""
    return lm_wrap("Home", main)


SITES.append(Site(
    key="lma", host="www.lma-sg.test", path="/", name="Land Mobility Authority",
    timezone="Asia/Singapore",
    pages={"/": lm_home(),
           "/media-centre/press-releases.html": lm_wrap("Press Releases", f"<h1>Press Releases</h1><div class=\"media-cards\">{lm_cards(LM_PRESS, 'press-releases', 'Press Release')}</div>"),
           "/media-centre/forum-letter-replies.html": lm_wrap("Forum Letter Replies", f"<h1>Forum Letter Replies</h1><div class=\"media-cards\">{lm_cards(LM_FORUM, 'forum-letter-replies', 'Forum Letter Reply')}</div>"),
           "/media-centre/speeches.html": lm_wrap("Speeches", f"<h1>Speeches</h1><div class=\"media-cards\">{lm_cards(LM_SPEECHES, 'speeches', 'Speech')}</div>"),
           f"/media-centre/press-releases/{LM_PRESS[0][0].year}/{slug(LM_PRESS[0][1])}.html": lm_wrap(LM_PRESS[0][1], f"<article><p class=\"article-type\">Press Release</p><h1>{LM_PRESS[0][1]}</h1><p class=\"article-date\">{short(LM_PRESS[0][0])}</p><p>1. The Land Mobility Authority (LMA) will pilot an autonomous shuttle service in the Punggol Digital District from the first quarter of 2027.</p><p>2. The shuttles will run on a 3.2 km loop linking Punggol Coast MRT station with the district.</p></article>")},
    full=Depth("healthy", True, must_not=FRESH + HIJACK + ("future_dated",), last_updated=ago(4)),
    home=Depth("healthy", True, must_not=FRESH + HIJACK, last_updated=ago(4)),
    columns=(
        Col("Press Releases", ("news",), ago(4)),
        # replies to letters in the press: the agency's media output
        Col("Forum Letter Replies", ("news", "other"), ago(6)),
        Col("Speeches", ("news", "other"), ago(8)),
    ),
    page_dates={f"/media-centre/press-releases/{LM_PRESS[0][0].year}/{slug(LM_PRESS[0][1])}.html": ago(4)},
))


# ---------------------------------------------------------------------------
# Real homepages carry an inline SVG icon sprite after <body> (10-20 KB of paths)
# ---------------------------------------------------------------------------

_ICONS = ["arrow-right", "arrow-left", "chevron-down", "chevron-up", "search", "close", "menu", "facebook",
          "x-twitter", "instagram", "linkedin", "youtube", "phone", "email", "location", "calendar", "clock",
          "download", "external", "home", "info", "warning", "user", "bin", "car", "document", "print", "share"]


def _sprite(seed: int, size: int) -> str:
    x = seed
    out = ['<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">']
    n = 0
    while n < size:
        for name in _ICONS:
            pts = []
            for _ in range(24):
                x = (x * 1103515245 + 12345) % 2147483648
                pts.append(f"{(x >> 8) % 240 / 10:.1f} {(x >> 16) % 240 / 10:.1f}")
            sym = f'<symbol id="icon-{name}-{n % 7}" viewBox="0 0 24 24"><path d="M{" L".join(pts)}Z"/></symbol>'
            out.append(sym)
            n += len(sym)
            if n >= size:
                break
    out.append("</svg>")
    return "\n".join(out)


for _i, _s in enumerate(SITES):
    for _p, _html in list(_s.pages.items()):
        _at = _html.find(">", _html.find("<body")) + 1
        _pad = 24000 - len(_html) if _p == _s.path else 3000
        if _pad > 0:
            _s.pages[_p] = _html[:_at] + "\n" + _sprite(_i * 31 + len(_p), _pad) + "\n" + _html[_at:]

BY_KEY = {s.key: s for s in SITES}
