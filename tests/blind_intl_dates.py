"""Blind evaluation: English-language and bilingual government portals that write
dates day-first or in their own ways (UK, Australia, New Zealand, India, Singapore,
Malaysia, Hong Kong, Macau, Canada, South Africa, Ireland), with one US-style
(month-first) town next to them in the same scan.

The pages and the truth below were written from knowledge of how such sites are
built (LocalGov Drupal, OpenCities, S3WaaS, Isomer, Joomla, gov.hk, Canada.ca-style
WET, CivicPlus), BEFORE any scan or any reading of the crawler's code or tests.

Scan day: NOW = 2026-11-26 (a Thursday).

Truth per site:
  status, passed
  must: finding codes that must appear (depth full); must_not: codes that must not
  home_status / home_must / home_must_not: the same at --depth home
  last_updated: the newest content date of the site (depth full)
  columns: {heading: (type or None if not scored, newest date or None, empty)}
  page_dates: {path: the newest item date of that list page read as a column's own
  page (inspect's as_column_page.newest)}
Every path a site does not list answers 200 with a plain undated content page
(fallback_page): the menus' hundreds of links work, as on a real site.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

NOW = _dt.date(2026, 11, 26)

# --------------------------------------------------------------------------------------
# shared chrome builders (bulk that real pages carry: menus, icons, scripts, footers)
# --------------------------------------------------------------------------------------

_SVG_ICONS = {
    "search": '<svg class="icon icon--search" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"/></svg>',
    "chevron": '<svg class="icon icon--chevron" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="M5.3 3.3a1 1 0 0 1 1.4 0l4 4a1 1 0 0 1 0 1.4l-4 4a1 1 0 0 1-1.4-1.4L8.58 8 5.3 4.7a1 1 0 0 1 0-1.4z"/></svg>',
    "calendar": '<svg class="icon icon--calendar" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M19 4h-1V2h-2v2H8V2H6v2H5c-1.11 0-1.99.9-1.99 2L3 20a2 2 0 0 0 2 2h14c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 16H5V10h14v10zm0-12H5V6h14v2zm-7 5h5v5h-5z"/></svg>',
    "facebook": '<svg class="icon icon--social" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path d="M22 12.06C22 6.5 17.52 2 12 2S2 6.5 2 12.06c0 5 3.66 9.15 8.44 9.94v-7.03H7.9v-2.91h2.54V9.84c0-2.52 1.49-3.91 3.78-3.91 1.1 0 2.24.2 2.24.2v2.47h-1.26c-1.24 0-1.63.78-1.63 1.57v1.89h2.78l-.44 2.91h-2.34V22c4.78-.79 8.43-4.94 8.43-9.94z"/></svg>',
    "x": '<svg class="icon icon--social" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path d="M18.24 2.25h3.31l-7.23 8.26 8.5 11.24h-6.66l-5.21-6.82-5.97 6.82H1.67l7.73-8.84L1.25 2.25h6.83l4.71 6.23 5.45-6.23zm-1.16 17.52h1.83L7.08 4.13H5.12l11.96 15.64z"/></svg>',
}

_ANALYTICS = """<script async src="/assets/js/gtag.js?id=G-8HD2KQ1XYZ"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'analytics_storage': 'denied', 'ad_storage': 'denied'});
  gtag('js', new Date());
  gtag('config', 'G-8HD2KQ1XYZ', {'anonymize_ip': true});
  var siteBuild = {"release": "2024-03-12", "theme": "v4.2.1", "generated": "2026-11-26T06:12:09Z"};
</script>"""

_COOKIE_JS = """<script>
(function () {
  var banner = document.getElementById('cookie-banner');
  if (!banner) { return; }
  if (document.cookie.indexOf('cookie_consent=') !== -1) { banner.hidden = true; }
  banner.addEventListener('click', function (e) {
    var t = e.target;
    if (t && t.dataset && t.dataset.consent) {
      var exp = new Date(); exp.setFullYear(exp.getFullYear() + 1);
      document.cookie = 'cookie_consent=' + t.dataset.consent + '; expires=' + exp.toUTCString() + '; path=/; SameSite=Lax';
      banner.hidden = true;
      if (t.dataset.consent === 'all' && window.gtag) { gtag('consent', 'update', {'analytics_storage': 'granted'}); }
    }
  });
})();
</script>"""

_SERVICE_AREAS = [
    ("Bins, recycling and waste", ["Bin collection days", "Report a missed bin", "Order a new bin", "Garden waste subscription", "Bulky waste collection", "Recycling centres", "Clinical waste", "Commercial waste", "Fly-tipping", "What goes in which bin"]),
    ("Council tax", ["Pay your council tax", "Council tax bands and charges", "Discounts and exemptions", "Council tax reduction", "Moving home", "Direct Debit", "Paperless billing", "Appeals", "Second homes and empty homes", "Arrears and recovery"]),
    ("Housing", ["Apply for social housing", "Homelessness advice", "Private renting", "Houses in multiple occupation", "Disabled facilities grants", "Empty homes", "Housing register", "Tenancy support", "Energy efficiency grants", "Report poor housing conditions"]),
    ("Planning and building control", ["Search planning applications", "Comment on an application", "Apply for planning permission", "Local Plan", "Neighbourhood planning", "Tree preservation orders", "Conservation areas", "Building regulations", "Dangerous structures", "Planning enforcement"]),
    ("Roads, travel and parking", ["Parking permits", "Pay a parking fine", "Car parks", "Report a pothole", "Road closures", "Street lighting", "Winter gritting", "Blue Badge", "Bus passes", "Electric vehicle charging"]),
    ("Benefits and support", ["Housing Benefit", "Cost of living support", "Household Support Fund", "Free school meals", "Discretionary housing payments", "Debt advice", "Food banks", "Warm spaces", "Universal Credit help", "Welfare rights"]),
    ("Business and licensing", ["Business rates", "Premises licences", "Taxi and private hire", "Street trading", "Food hygiene ratings", "Register a food business", "Grants for business", "Markets", "Tenders and contracts", "Pay an invoice"]),
    ("Community and living", ["Libraries", "Leisure centres", "Parks and open spaces", "Allotments", "Community safety", "Anti-social behaviour", "Noise complaints", "Pest control", "Public toilets", "Volunteering"]),
    ("Your council", ["Councillors and committees", "Meetings and agendas", "Elections and voting", "Budget and spending", "Freedom of information", "Complaints", "Jobs and careers", "Strategies and plans", "Equality and diversity", "Contact us"]),
]


def _sprite() -> str:
    """An inline SVG symbol sprite, as themes put at the top of <body> (12-16 KB)."""
    names = ["arrow-right", "arrow-left", "bin", "calendar", "council-tax", "housing", "planning", "parking", "libraries", "leisure",
             "jobs", "report", "pay", "apply", "contact", "map", "phone", "email", "facebook", "x", "instagram", "linkedin", "youtube",
             "search", "close", "menu", "alert", "info", "download", "external", "print", "share"]
    d = ("M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zm-1-13h2v6h-2zm0 8h2v2h-2z"
         " M19.35 10.04A7.49 7.49 0 0 0 12 4C9.11 4 6.6 5.64 5.35 8.04A5.994 5.994 0 0 0 0 14c0 3.31 2.69 6 6 6h13c2.76 0 5-2.24 5-5 0-2.64-2.05-4.78-4.65-4.96z"
         " M3 13h2v-2H3v2zm0 4h2v-2H3v2zm0-8h2V7H3v2zm4 4h14v-2H7v2zm0 4h14v-2H7v2zM7 7v2h14V7H7z")
    return ('<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">'
            + "".join(f'<symbol id="icon-{n}" viewBox="0 0 24 24"><title>{n}</title><path d="{d}"/></symbol>' for n in names)
            + "</svg>")


_SPRITE = _sprite()


def _slug(text: str) -> str:
    out = []
    for ch in text.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-") or "page"


def mega_menu(areas: list[tuple[str, list[str]]] = _SERVICE_AREAS, prefix: str = "") -> str:
    parts = ['<nav class="mega-menu" aria-label="Main menu" id="main-menu"><ul class="mega-menu__list">']
    for i, (area, links) in enumerate(areas):
        parts.append(
            f'<li class="mega-menu__item"><button class="mega-menu__toggle" aria-expanded="false" aria-controls="mm-{i}">{area}{_SVG_ICONS["chevron"]}</button>'
            f'<div class="mega-menu__panel" id="mm-{i}" hidden><div class="mega-menu__intro"><h2 class="mega-menu__title"><a href="{prefix}/{_slug(area)}">{area}</a></h2>'
            f'<p>Find out about {area.lower()} services, how to apply and who to contact.</p></div><ul class="mega-menu__links">'
        )
        for link in links:
            parts.append(f'<li><a href="{prefix}/{_slug(area)}/{_slug(link)}" class="mega-menu__link">{link}</a></li>')
        parts.append("</ul></div></li>")
    parts.append("</ul></nav>")
    return "".join(parts)


def service_grid(areas: list[tuple[str, list[str]]] = _SERVICE_AREAS, prefix: str = "") -> str:
    parts = ['<section class="services" aria-labelledby="services-title"><h2 id="services-title" class="visually-hidden">Services</h2><div class="services__grid">']
    for area, links in areas:
        parts.append(
            f'<div class="service-card"><h3 class="service-card__title"><a href="{prefix}/{_slug(area)}">{area}</a></h3><ul class="service-card__links">'
        )
        for link in links[:4]:
            parts.append(f'<li><a href="{prefix}/{_slug(area)}/{_slug(link)}">{link}</a></li>')
        parts.append(f'</ul><a class="service-card__more" href="{prefix}/{_slug(area)}">More in {area.lower()}</a></div>')
    parts.append("</div></section>")
    return "".join(parts)


def a_to_z(prefix: str = "") -> str:
    parts = ['<nav class="az-index" aria-label="A to Z of services"><h2>A to Z of services</h2><ul class="az-index__letters">']
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        parts.append(f'<li><a href="{prefix}/a-z/{ch.lower()}">{ch}</a></li>')
    parts.append("</ul></nav>")
    return "".join(parts)


def page(title: str, body: str, *, lang: str = "en-GB", head_extra: str = "", body_class: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n'
        '<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">\n<link rel="icon" href="/favicon.ico">\n'
        f'{head_extra}\n{_ANALYTICS}\n</head>\n<body class="{body_class}">\n'
        f'{_SPRITE}\n<a class="skip-link" href="#main-content">Skip to main content</a>\n'
        f"{body}\n{_COOKIE_JS}\n"
        '<script src="/assets/js/main.min.js?v=4.2.1" defer></script>\n</body>\n</html>\n'
    )


def list_page(title: str, chrome_top: str, chrome_bottom: str, items_html: str, *, lang: str = "en-GB") -> str:
    """A column's own list page: the site's chrome around the column's full list."""
    return page(
        title,
        chrome_top
        + f'<main id="main-content"><nav class="breadcrumb"><a href="/">Home</a> / {title}</nav><h1>{title}</h1>'
        + f'<ul class="listing">{items_html}</ul><nav class="pager"><span class="current">1</span></nav></main>'
        + chrome_bottom,
        lang=lang,
    )


def filler_paragraphs(topic: str, n: int) -> str:
    sentences = [
        f"The council is committed to improving {topic} for everyone who lives, works and studies in the area.",
        "Residents can find out more by visiting one of our customer service centres or by calling the contact centre during opening hours.",
        "We publish information about our services, decisions and spending so that you can see how public money is used.",
        "If you need this information in another format, such as large print, audio or another language, please contact us.",
        "Our teams work with partners across the region, including health services, the police and voluntary organisations.",
    ]
    return "".join(f"<p>{sentences[i % len(sentences)]}</p>" for i in range(n))


# --------------------------------------------------------------------------------------
# the sites
# --------------------------------------------------------------------------------------

SITES: list[dict[str, Any]] = []


def _site(**kw: Any) -> None:
    SITES.append(kw)


# ---- 1. UK: LocalGov Drupal district council, '24 November 2026' --------------------

def _kestrel() -> None:
    host = "www.kestrelvale.gov.uk"
    news = [
        ("2026-11-24", "24 November 2026", "Christmas and New Year bin collection changes", "christmas-and-new-year-bin-collection-changes"),
        ("2026-11-20", "20 November 2026", "Council sets out draft budget for 2027 to 2028", "council-sets-out-draft-budget-2027-2028"),
        ("2026-11-17", "17 November 2026", "New electric vehicle charge points open in town centre car parks", "new-ev-charge-points-open"),
        ("2026-11-11", "11 November 2026", "Remembrance Sunday services across the district", "remembrance-sunday-services"),
        ("2026-11-05", "5 November 2026", "Have your say on the future of Market Street", "have-your-say-market-street"),
        ("2026-10-29", "29 October 2026", "Household Support Fund reopens for winter applications", "household-support-fund-reopens"),
        ("2026-10-22", "22 October 2026", "Leisure centre swimming pool reopens after refurbishment", "pool-reopens"),
        ("2026-10-15", "15 October 2026", "Planning committee approves 120 new affordable homes", "affordable-homes-approved"),
        ("2026-10-08", "8 October 2026", "Town hall clock restored to full working order", "town-hall-clock-restored"),
        ("2026-10-01", "1 October 2026", "Garden waste subscriptions for 2027 now open", "garden-waste-2027"),
    ]
    events = [
        ("Saturday 5 December 2026", "Christmas lights switch-on", "christmas-lights-switch-on"),
        ("Saturday 12 December 2026", "Winter craft market in the Corn Exchange", "winter-craft-market"),
        ("Friday 8 January 2027", "Family history drop-in at Kestrel Library", "family-history-drop-in"),
        ("Wednesday 20 January 2027", "Budget consultation public meeting", "budget-consultation-meeting"),
    ]
    cards = "".join(
        f'<article class="localgov-card localgov-card--news"><div class="localgov-card__image"><img src="/sites/default/files/styles/card/public/2026-11/{s}.jpg?itok=Ab3dE" alt="" loading="lazy" width="400" height="225"></div>'
        f'<div class="localgov-card__content"><h3 class="localgov-card__title"><a href="/news/{s}">{t}</a></h3>'
        f'<div class="localgov-card__date"><time datetime="{iso}T09:00:00Z">{d}</time></div>'
        f'<p class="localgov-card__summary">{t}. Read the full story and find out what it means for you.</p></div></article>'
        for iso, d, t, s in news[:4]
    )
    event_cards = "".join(
        f'<li class="localgov-event"><a href="/events/{s}"><span class="localgov-event__date">{d}</span><span class="localgov-event__title">{t}</span></a></li>'
        for d, t, s in events
    )
    header = (
        '<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on the Kestrel Vale website">'
        '<h2>Cookies on kestrelvale.gov.uk</h2><p>We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the site. '
        'We updated our cookie policy on 20 November 2026.</p><button data-consent="all">Accept additional cookies</button> <button data-consent="essential">Reject additional cookies</button> '
        '<a href="/cookies">View cookies</a></div>'
        '<div class="localgov-alert-banner localgov-alert-banner--minor" role="region" aria-label="Alert"><div class="localgov-alert-banner__content">'
        '<h2 class="localgov-alert-banner__title">Bin collections after Storm Darragh</h2><p>Updated 18 November 2026: all rounds are back to normal. Thank you for your patience.</p>'
        '<a href="/bins-recycling-and-waste/bin-collection-days">Check your bin day</a></div><button class="localgov-alert-banner__close">Hide message</button></div>'
        '<header class="lgd-header"><div class="lgd-header__inner"><a href="/" class="lgd-header__logo" rel="home"><img src="/themes/custom/kestrel/logo.svg" alt="Kestrel Vale District Council home" width="220" height="60"></a>'
        f'<form class="lgd-header__search" action="/search" role="search"><label for="q" class="visually-hidden">Search</label><input id="q" name="s" type="search" placeholder="Search the site"><button type="submit">{_SVG_ICONS["search"]}<span class="visually-hidden">Search</span></button></form>'
        '<ul class="lgd-header__links"><li><a href="/my-account">My account</a></li><li><a href="/report-it">Report it</a></li><li><a href="/pay-for-it">Pay for it</a></li><li><a href="/apply-for-it">Apply for it</a></li></ul></div>'
        f"{mega_menu()}</header>"
    )
    footer = (
        '<footer class="lgd-footer"><div class="lgd-footer__inner"><div class="lgd-footer__col"><h2>Contact us</h2><p>Kestrel Vale District Council<br>Council Offices, Priory Road<br>Kestrel Vale KV1 2AB</p><p>Telephone: 01632 960 000</p></div>'
        '<div class="lgd-footer__col"><h2>About this site</h2><ul><li><a href="/accessibility-statement">Accessibility statement</a></li><li><a href="/privacy-notice">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/terms-and-conditions">Terms and conditions</a></li><li><a href="/sitemap">Sitemap</a></li></ul></div>'
        f'<div class="lgd-footer__col"><h2>Follow us</h2><ul class="social"><li><a href="/follow-us/facebook">{_SVG_ICONS["facebook"]} Facebook</a></li><li><a href="/follow-us/x">{_SVG_ICONS["x"]} X (Twitter)</a></li></ul></div>'
        '<div class="lgd-footer__bottom"><p>Page last updated: 12/03/2024</p><p>&copy; Kestrel Vale District Council 2026</p></div></div></footer>'
    )
    main = (
        '<main id="main-content" class="lgd-main"><div class="lgd-hero"><h1 class="lgd-hero__title">Welcome to Kestrel Vale District Council</h1><p>Find, pay for, apply for or report it online</p></div>'
        f"{service_grid()}"
        '<section class="lgd-news" aria-labelledby="latest-news"><h2 id="latest-news" class="lgd-section-title">Latest news</h2>'
        f'<div class="localgov-news-listing">{cards}</div><a class="lgd-more" href="/news">More news</a></section>'
        '<section class="lgd-events" aria-labelledby="whats-on"><h2 id="whats-on" class="lgd-section-title">What\'s on</h2>'
        f'<ul class="localgov-events-list">{event_cards}</ul><a class="lgd-more" href="/events">All events</a></section>'
        f'<section class="lgd-about"><h2>About the district</h2>{filler_paragraphs("services", 6)}</section>'
        f"{a_to_z()}</main>"
    )
    home = page("Kestrel Vale District Council", header + main + footer, body_class="path-frontpage")
    news_items = "".join(
        f'<li class="localgov-search-result"><h3><a href="/news/{s}">{t}</a></h3><p class="localgov-search-result__date"><time datetime="{iso}T09:00:00Z">{d}</time></p>'
        f"<p>{t}. Read the full story and find out what it means for you.</p></li>"
        for iso, d, t, s in news
    )
    news_page = page(
        "News | Kestrel Vale District Council",
        header
        + '<main id="main-content"><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li>News</li></ol></nav><h1>News</h1>'
        '<div class="localgov-news-search"><form action="/news" method="get"><label for="news-q">Search news</label><input id="news-q" name="search"><button>Apply</button></form></div>'
        f'<ol class="localgov-news-search-results">{news_items}</ol>'
        '<nav class="pager" aria-label="Pagination"><ul><li class="pager__item is-active">1</li><li><a href="/news?page=1">2</a></li><li><a href="/news?page=2">3</a></li><li><a href="/news?page=1">Next page</a></li></ul></nav>'
        '<aside class="sidebar"><h2>Press office</h2><p>Journalists can contact the press office on 01632 960 123.</p></aside></main>'
        + footer,
    )
    _site(
        key="kestrel",
        host=host,
        name="Kestrel Vale District Council",
        country="UK",
        pages={"/": home, "/news": news_page, "/events": list_page("What's on", header, footer, event_cards)},
        truth={
            "status": "healthy",
            "passed": True,
            "must": [],
            "must_not": ["homepage_stale", "undated", "column_stale", "abandoned", "future_dated"],
            "home_status": "healthy",
            "home_must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-24",
            "columns": {
                "Latest news": ("news", "2026-11-24", False),
                "What's on": ("other", None, False),
            },
            "page_dates": {"/news": "2026-11-24"},
        },
    )


_kestrel()


# ---- 2. UK: older borough CMS with numeric dd/mm/yyyy (ambiguous days) ---------------

def _thornbury() -> None:
    host = "www.thornbury-bc.gov.uk"
    # day-first: 03/11/2026 is 3 November, 12/10/2026 is 12 October (month-first would
    # make it 10 December, in the future); 24/11 and 13/11 reveal the order.
    news = [
        ("2026-11-24", "24/11/2026", "Thornbury Christmas market returns to the High Street"),
        ("2026-11-13", "13/11/2026", "Free swimming for under-16s over the winter holidays"),
        ("2026-11-03", "03/11/2026", "Town centre regeneration: phase two begins"),
        ("2026-10-12", "12/10/2026", "Council tax support scheme consultation results"),
        ("2026-10-02", "02/10/2026", "New opening hours for the customer service centre"),
        ("2026-09-21", "21/09/2026", "Thornbury in Bloom wins gold award"),
        ("2026-09-08", "08/09/2026", "Work starts on the Riverside flood defences"),
        ("2026-08-27", "27/08/2026", "Summer reading challenge record broken"),
    ]
    notices = [
        ("2026-11-10", "10/11/2026", "Notice of temporary road closure: Mill Lane"),
        ("2026-11-02", "02/11/2026", "Notice of election of a parish councillor: Oakley ward"),
        ("2026-10-05", "05/10/2026", "Notice of public rights: audit of accounts 2025/26"),
        ("2026-09-14", "14/09/2026", "Statement of persons nominated: Castle ward by-election"),
        ("2026-08-11", "11/08/2026", "Premises licence application: The Old Bell, Church Street"),
    ]
    jobs = [
        ("2026-11-09", "09/11/2026", "07/12/2026", "Environmental Health Officer"),
        ("2026-11-04", "04/11/2026", "30/11/2026", "Customer Services Adviser (part time)"),
        ("2026-10-19", "19/10/2026", "02/12/2026", "Senior Planning Officer"),
        ("2026-10-06", "06/10/2026", "27/11/2026", "Waste Collection Operative"),
    ]
    meetings = [
        ("03/12/2026", "Full Council"),
        ("08/12/2026", "Planning Committee"),
        ("10/12/2026", "Licensing Sub-Committee"),
        ("14/01/2027", "Cabinet"),
    ]

    def ulist(items: list[tuple[str, str, str]], section: str) -> str:
        return "".join(
            f'<li><a href="/{section}/{_slug(t)}.aspx">{t}</a> <span class="date">{d}</span></li>' for _, d, t in items
        )

    header = (
        '<div id="cookie-banner" class="cookie-notice"><p>This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies.aspx">Find out more</a></p>'
        '<button data-consent="all">OK</button></div>'
        '<div id="header"><div class="logo"><a href="/default.aspx"><img src="/images/thornbury-logo.png" alt="Thornbury Borough Council"></a></div>'
        '<div class="translate"><a href="/translate.aspx">Translate this page</a> | <a href="/accessibility.aspx">Accessibility</a> | <a href="/contact.aspx">Contact us</a></div>'
        '<form action="/search.aspx" id="search"><input type="text" name="q" title="Search"><input type="submit" value="Go"></form></div>'
        f'<div id="nav">{mega_menu(prefix="/services")}</div>'
    )
    footer = (
        '<div id="footer"><ul><li><a href="/accessibility.aspx">Accessibility</a></li><li><a href="/privacy.aspx">Privacy</a></li><li><a href="/cookies.aspx">Cookies</a></li><li><a href="/foi.aspx">Freedom of information</a></li><li><a href="/sitemap.aspx">Site map</a></li></ul>'
        '<p>Thornbury Borough Council, Civic Centre, Castle Street, Thornbury TB1 1AA. Tel: 01632 960 555</p>'
        '<p class="updated">Page last updated: 12/03/2024</p><p>&copy; Thornbury Borough Council 2026. All rights reserved.</p></div>'
    )
    main = (
        '<div id="content"><h1 class="hidden">Thornbury Borough Council homepage</h1>'
        '<div id="banner"><img src="/images/banners/winter2026.jpg" alt="Winter in Thornbury"><p class="caption">Stay warm this winter: find a warm space near you</p></div>'
        '<div class="col col-left"><div class="box news"><h2>Latest news</h2>'
        f'<ul class="newslist">{ulist(news[:5], "news")}</ul><p class="more"><a href="/news/default.aspx">More news</a></p></div>'
        '<div class="box notices"><h2>Public notices</h2>'
        f'<ul class="noticelist">{ulist(notices[:4], "notices")}</ul><p class="more"><a href="/notices/default.aspx">All public notices</a></p></div></div>'
        '<div class="col col-right"><div class="box jobs"><h2>Jobs</h2><ul class="joblist">'
        + "".join(
            f'<li><a href="/jobs/{_slug(t)}.aspx">{t}</a><br><span class="meta">Posted: {p} &middot; Closing date: {c}</span></li>'
            for _, p, c, t in jobs
        )
        + '</ul><p class="more"><a href="/jobs/default.aspx">All vacancies</a></p></div>'
        '<div class="box meetings"><h2>Upcoming meetings</h2><ul class="meetinglist">'
        + "".join(f'<li><a href="/meetings/{_slug(t)}.aspx">{t}</a> <span class="date">{d}</span></li>' for d, t in meetings)
        + '</ul><p class="more"><a href="/meetings/default.aspx">Meetings calendar</a></p></div></div>'
        f'{service_grid(prefix="/services")}<div class="intro">{filler_paragraphs("local services", 8)}</div>{a_to_z(prefix="/services")}</div>'
    )
    home = page("Thornbury Borough Council - Home", header + main + footer)
    news_page = page(
        "News - Thornbury Borough Council",
        header
        + '<div id="content"><div class="breadcrumb"><a href="/default.aspx">Home</a> &gt; News</div><h1>News</h1>'
        + '<table class="newstable" summary="News releases"><tr><th>Date</th><th>Title</th></tr>'
        + "".join(f'<tr><td>{d}</td><td><a href="/news/{_slug(t)}.aspx">{t}</a></td></tr>' for _, d, t in news)
        + '</table><div class="paging">Page 1 of 14 <a href="/news/default.aspx?page=2">Next &gt;</a></div>'
        '<div class="sidebar"><h3>Related links</h3><ul><li><a href="/press.aspx">Press office</a></li><li><a href="/newsletter.aspx">Thornbury Matters newsletter</a></li></ul></div></div>'
        + footer,
    )
    notices_page = page(
        "Public notices - Thornbury Borough Council",
        header
        + '<div id="content"><div class="breadcrumb"><a href="/default.aspx">Home</a> &gt; Public notices</div><h1>Public notices</h1>'
        + f'<ul class="noticelist">{ulist(notices, "notices")}</ul></div>'
        + footer,
    )
    _site(
        key="thornbury",
        host=host,
        name="Thornbury Borough Council",
        country="UK",
        pages={
            "/": home,
            "/news/default.aspx": news_page,
            "/notices/default.aspx": notices_page,
            "/jobs/default.aspx": list_page("Jobs", header, footer, "".join(
                f'<li><a href="/jobs/{_slug(t)}.aspx">{t}</a><br><span class="meta">Posted: {p} &middot; Closing date: {c}</span></li>'
                for _, p, c, t in jobs
            )),
            "/meetings/default.aspx": list_page("Meetings calendar", header, footer, "".join(
                f'<li><a href="/meetings/{_slug(t)}.aspx">{t}</a> <span class="date">{d}</span></li>' for d, t in meetings
            )),
        },
        truth={
            "status": "healthy",
            "passed": True,
            "must": [],
            "must_not": ["homepage_stale", "undated", "column_stale", "abandoned", "future_dated"],
            "home_status": "healthy",
            "home_must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-24",
            "columns": {
                "Latest news": ("news", "2026-11-24", False),
                "Public notices": ("notice", "2026-11-10", False),
                "Jobs": ("personnel", "2026-11-09", False),
                "Upcoming meetings": ("other", None, False),
            },
            "page_dates": {"/news/default.aspx": "2026-11-24", "/notices/default.aspx": "2026-11-10"},
        },
    )


_thornbury()


# ---- 3. US: CivicPlus town, month-first MM/DD/YYYY, in the same scan -----------------

def _maple() -> None:
    host = "www.maplespringstownship-mi.gov"
    news = [
        ("2026-11-20", "11/20/2026", "Leaf Pickup Extended Through December 4"),
        ("2026-11-12", "11/12/2026", "Township Offices Closed for Thanksgiving"),
        ("2026-11-04", "11/04/2026", "Winter Parking Ban Begins December 1"),
        ("2026-10-28", "10/28/2026", "Water Main Flushing Completed"),
        ("2026-10-14", "10/14/2026", "Fall Hydrant Maintenance Schedule"),
        ("2026-10-01", "10/01/2026", "Sewer Rate Study Public Hearing Results"),
    ]
    notices = [
        ("2026-11-18", "11/18/2026", "Notice of Public Hearing - Rezoning Request PC-26-14"),
        ("2026-11-05", "11/05/2026", "Notice of Board of Review - December Session"),
        ("2026-10-12", "10/12/2026", "Invitation to Bid - Salt Storage Building"),
        ("2026-09-30", "09/30/2026", "Notice of Adoption - Ordinance 2026-07"),
    ]
    agendas = [
        ("Dec 3, 2026", "12/03/2026", "Board of Trustees Regular Meeting"),
        ("Dec 8, 2026", "12/08/2026", "Planning Commission"),
        ("Dec 10, 2026", "12/10/2026", "Zoning Board of Appeals"),
    ]
    header = (
        '<div id="cookie-banner" class="cpAlert"><p>This website uses cookies to improve your experience. <a href="/privacy">Privacy Policy</a></p><button data-consent="all">Accept</button></div>'
        '<header id="cpHeader"><a href="/" id="logo"><img src="/ImageRepository/Document?documentID=101" alt="Maple Springs Township, Michigan"></a>'
        '<div class="siteSearch"><form action="/Search" method="get"><input id="searchBox" name="searchPhrase" aria-label="Search"><button>Search</button></form></div>'
        '<nav id="mainNav"><ul><li><a href="/27/Government">Government</a></li><li><a href="/29/Departments">Departments</a></li><li><a href="/31/Community">Community</a></li><li><a href="/33/Business">Business</a></li><li><a href="/35/How-Do-I">How Do I...</a></li></ul></nav>'
        f"{mega_menu(prefix='/1')}</header>"
    )
    footer = (
        '<footer id="cpFooter"><div class="contact"><h2>Contact Us</h2><p>Maple Springs Township<br>4400 Township Hall Drive<br>Maple Springs, MI 49000</p><p>Phone: 555-555-0142</p>'
        '<p>Hours: Monday - Friday, 8:00 a.m. - 4:30 p.m.</p></div><ul class="quicklinks"><li><a href="/Archive.aspx">Archive Center</a></li><li><a href="/AgendaCenter">Agenda Center</a></li><li><a href="/Jobs.aspx">Employment</a></li><li><a href="/FAQ.aspx">FAQs</a></li></ul>'
        '<p class="poweredBy">Government Websites by <a href="/civicplus-info">CivicPlus&reg;</a></p><p>&copy; 2026 Maple Springs Township</p></footer>'
    )
    main = (
        '<main id="main-content"><h1 class="hidden">Maple Springs Township</h1><div class="hero"><p>Welcome to Maple Springs Township</p></div>'
        '<div class="widget newsFlash"><h2 class="widgetTitle">News Flash</h2><ul class="widgetList">'
        + "".join(
            f'<li class="widgetItem"><h3><a href="/CivicAlerts.aspx?AID={900 + i}">{t}</a></h3><span class="date">Posted on: {d}</span><p>{t}. Read on...</p></li>'
            for i, (_, d, t) in enumerate(news[:4])
        )
        + '</ul><a class="viewAll" href="/CivicAlerts.aspx">View All</a></div>'
        '<div class="widget notices"><h2 class="widgetTitle">Public Notices</h2><ul class="widgetList">'
        + "".join(
            f'<li class="widgetItem"><a href="/DocumentCenter/View/{3000 + i}">{t}</a> <span class="date">{d}</span></li>'
            for i, (_, d, t) in enumerate(notices)
        )
        + '</ul><a class="viewAll" href="/DocumentCenter/Index/45">View All</a></div>'
        '<div class="widget agendaCenter"><h2 class="widgetTitle">Upcoming Meetings</h2><ul class="widgetList">'
        + "".join(
            f'<li class="widgetItem"><a href="/AgendaCenter/ViewFile/Agenda/_{d.replace("/", "")}-{i}">{t}</a> <span class="date">{d}</span></li>'
            for i, (_, d, t) in enumerate(agendas)
        )
        + '</ul><a class="viewAll" href="/AgendaCenter">View All</a></div>'
        f'{service_grid(prefix="/1")}<div class="about">{filler_paragraphs("township services", 6)}</div></main>'
    )
    home = page("Maple Springs Township, MI - Official Website", header + main + footer, lang="en-US")
    news_page = page(
        "News Flash - Maple Springs Township, MI",
        header
        + '<main id="main-content"><h1>News Flash</h1><div class="listing">'
        + "".join(
            f'<div class="item"><h3><a href="/CivicAlerts.aspx?AID={900 + i}">{t}</a></h3><span class="date">Posted on: {d}</span><p>{t}.</p></div>'
            for i, (_, d, t) in enumerate(news)
        )
        + "</div></main>"
        + footer,
        lang="en-US",
    )
    _site(
        key="maple",
        host=host,
        name="Maple Springs Township",
        country="US",
        pages={
            "/": home,
            "/CivicAlerts.aspx": news_page,
            "/DocumentCenter/Index/45": list_page("Public Notices", header, footer, "".join(
                f'<li><a href="/DocumentCenter/View/{3000 + i}">{t}</a> <span class="date">{d}</span></li>' for i, (_, d, t) in enumerate(notices)
            ), lang="en-US"),
            "/AgendaCenter": list_page("Agenda Center", header, footer, "".join(
                f'<li><a href="/AgendaCenter/ViewFile/Agenda/_{d.replace("/", "")}-{i}">{t}</a> <span class="date">{d}</span></li>'
                for i, (_, d, t) in enumerate(agendas)
            ), lang="en-US"),
        },
        truth={
            "status": "healthy",
            "passed": True,
            "must": [],
            "must_not": ["homepage_stale", "undated", "column_stale", "abandoned", "future_dated"],
            "home_status": "healthy",
            "home_must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-20",
            "columns": {
                "News Flash": ("news", "2026-11-20", False),
                "Public Notices": ("notice", "2026-11-18", False),
                "Upcoming Meetings": ("other", None, False),
            },
            "page_dates": {"/CivicAlerts.aspx": "2026-11-20"},
        },
    )


_maple()


# ---- 4. Australia: OpenCities city council ---------------------------------------------

def _wattle() -> None:
    host = "www.wattlecreek.vic.gov.au"
    news = [
        ("2026-11-25", "Wednesday 25 November 2026", "Council adopts Climate Emergency Plan 2026-2030"),
        ("2026-11-23", "Monday 23 November 2026", "Summer pool season opens this weekend"),
        ("2026-11-19", "Thursday 19 November 2026", "Have your say: Wattle Creek Road upgrade"),
        ("2026-11-12", "Thursday 12 November 2026", "Green waste collection changes from December"),
        ("2026-11-06", "Friday 6 November 2026", "Mayor elected for 2026-2027"),
        ("2026-10-30", "Friday 30 October 2026", "Community grants round two now open"),
    ]
    notices = [
        ("2026-11-18", "18/11/2026", "Notice of intention to lease - Wattle Creek Tennis Club"),
        ("2026-11-04", "04/11/2026", "Proposed road discontinuance - part of Station Lane"),
        ("2026-10-09", "09/10/2026", "Planning scheme amendment C142 exhibition"),
        ("2026-09-02", "02/09/2026", "Notice of Council meeting schedule change"),
    ]
    events = [
        ("Saturday 5 December 2026", "Carols by Candlelight at Lakeside Park"),
        ("Sunday 13 December 2026", "Wattle Creek Farmers Market"),
        ("Friday 29 January 2027", "Australia Day citizenship ceremony"),
    ]
    header = (
        '<div id="cookie-banner" class="oc-cookie-banner"><p>We use cookies to give you the best experience on our website. Read our <a href="/Privacy">privacy statement</a>.</p><button data-consent="all">Accept</button></div>'
        '<div class="emergency-banner"><h2>Fire Danger Rating</h2><p>Central district: <strong>HIGH</strong> (issued 26/11/2026). Total Fire Ban: No.</p><a href="/Emergencies">Emergency information</a></div>'
        '<header class="oc-header"><a href="/Home" class="logo"><img src="/files/assets/public/images/logo.png" alt="City of Wattle Creek"></a>'
        f'<div class="oc-search"><form action="/Search-results" role="search"><input type="search" name="dlv_OC CL Public Site Search=(keyword=)" aria-label="Search">{_SVG_ICONS["search"]}</form></div>'
        f'{mega_menu(prefix="/Residents")}</header>'
    )
    footer = (
        '<footer class="oc-footer"><div class="ack"><p>City of Wattle Creek acknowledges the Traditional Owners of the land on which we live and work, and pays respect to their Elders past, present and emerging.</p></div>'
        '<div class="contact"><p>Civic Centre, 1 Gum Tree Place, Wattle Creek VIC 3999 &middot; Phone 03 5550 0100 &middot; ABN 12 345 678 901</p></div>'
        '<ul><li><a href="/Privacy">Privacy</a></li><li><a href="/Accessibility">Accessibility</a></li><li><a href="/Copyright">Copyright</a></li><li><a href="/Sitemap">Sitemap</a></li></ul>'
        '<p>&copy; City of Wattle Creek 2026 &middot; Page last updated 12/03/2024</p><p class="powered">Powered by OpenCities</p></footer>'
    )
    main = (
        '<main id="main-content"><h1 class="visually-hidden">City of Wattle Creek</h1><div class="hero-carousel"><div class="slide"><a href="/Climate"><img src="/files/assets/public/hero/climate.jpg" alt=""><span>Our Climate Emergency Plan</span></a></div></div>'
        '<section class="news-list"><h2>Latest news</h2><div class="list-container">'
        + "".join(
            f'<article class="list-item-container"><a href="/News-articles/{_slug(t)}" class="list-item-link"><div class="list-item-title">{t}</div>'
            f'<p class="news-article-date"><span class="day">{d}</span></p><p class="list-item-block-desc">{t}.</p></a></article>'
            for _, d, t in news[:4]
        )
        + '</div><a class="view-more" href="/News-articles">View all news</a></section>'
        '<section class="notices"><h2>Public notices</h2><ul>'
        + "".join(f'<li><a href="/Public-notices/{_slug(t)}">{t}</a><span class="published">Published {d}</span></li>' for _, d, t in notices)
        + '</ul><a class="view-more" href="/Public-notices">View all public notices</a></section>'
        '<section class="events"><h2>Upcoming events</h2><ul>'
        + "".join(f'<li><a href="/Events/{_slug(t)}"><span class="event-date">{d}</span> {t}</a></li>' for d, t in events)
        + '</ul><a class="view-more" href="/Events">View all events</a></section>'
        f'{service_grid(prefix="/Residents")}<section class="intro">{filler_paragraphs("community wellbeing", 6)}</section></main>'
    )
    home = page("Home - City of Wattle Creek", header + main + footer, lang="en-AU")
    news_page = page(
        "News articles - City of Wattle Creek",
        header
        + '<main id="main-content"><h1>News articles</h1><div class="list-container">'
        + "".join(
            f'<article class="list-item-container"><a href="/News-articles/{_slug(t)}" class="list-item-link"><div class="list-item-title">{t}</div>'
            f'<p class="news-article-date"><span class="day">{d}</span></p></a></article>'
            for _, d, t in news
        )
        + '</div><div class="seamless-pagination-data">Page 1 of 9</div></main>'
        + footer,
        lang="en-AU",
    )
    _site(
        key="wattle",
        host=host,
        name="City of Wattle Creek",
        country="AU",
        pages={
            "/": home,
            "/News-articles": news_page,
            "/Public-notices": list_page("Public notices", header, footer, "".join(
                f'<li><a href="/Public-notices/{_slug(t)}">{t}</a><span class="published">Published {d}</span></li>' for _, d, t in notices
            ), lang="en-AU"),
            "/Events": list_page("Events", header, footer, "".join(
                f'<li><a href="/Events/{_slug(t)}"><span class="event-date">{d}</span> {t}</a></li>' for d, t in events
            ), lang="en-AU"),
        },
        truth={
            "status": "healthy",
            "passed": True,
            "must": [],
            "must_not": ["homepage_stale", "undated", "column_stale", "abandoned", "future_dated"],
            "home_status": "healthy",
            "home_must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-25",
            "columns": {
                "Latest news": ("news", "2026-11-25", False),
                "Public notices": ("notice", "2026-11-18", False),
                "Upcoming events": ("other", None, False),
            },
            "page_dates": {"/News-articles": "2026-11-25"},
        },
    )


_wattle()


# ---- 5. New Zealand: district council, news stale since October ----------------------

def _kowhai() -> None:
    host = "www.kowhaidc.govt.nz"
    news = [
        ("2026-10-06", "Tuesday 6 October 2026", "Water meter installation programme begins"),
        ("2026-09-29", "Tuesday 29 September 2026", "Long Term Plan amendment adopted"),
        ("2026-09-15", "Tuesday 15 September 2026", "Dog registration reminder"),
        ("2026-08-27", "Thursday 27 August 2026", "Kōwhai library celebrates 100 years"),
        ("2026-08-11", "Tuesday 11 August 2026", "Roading contract awarded for Pukeatua Road"),
    ]
    notices = [
        ("2026-09-30", "30/09/2026", "Public notice: Road stopping - Te Awa Street"),
        ("2026-09-09", "09/09/2026", "Public notice: Representation review initial proposal"),
        ("2026-08-05", "05/08/2026", "Public notice: Dog control bylaw consultation"),
        ("2026-07-01", "01/07/2026", "Public notice: Rates for 2026/27"),
    ]
    header = (
        '<div id="cookie-banner" class="cookie-consent"><p>We updated our privacy statement on 20 November 2026. This site uses cookies for analytics.</p><button data-consent="all">Accept</button> <button data-consent="essential">Decline</button></div>'
        '<div class="header-util"><span class="today">Thursday 26 November</span> <span class="weather">Kōwhai 18°C fine</span> <a href="/te-reo">Te reo Māori</a></div>'
        '<header class="site-header"><a href="/" class="logo"><img src="/assets/img/kdc-logo.svg" alt="Kōwhai District Council - Te Kaunihera ā-Rohe o Kōwhai"></a>'
        f'<form action="/search" class="site-search"><input type="search" name="q" aria-label="Search"><button>{_SVG_ICONS["search"]}</button></form>{mega_menu(prefix="/services")}</header>'
    )
    footer = (
        '<footer class="site-footer"><div class="footer-contact"><p>Kōwhai District Council, 12 Rata Street, Kōwhai 3999. Phone 07 555 0120. Email info@kowhaidc.govt.nz</p></div>'
        '<ul><li><a href="/privacy">Privacy</a></li><li><a href="/copyright">Copyright</a></li><li><a href="/accessibility">Accessibility</a></li></ul>'
        '<p class="review">Page last reviewed: 24/11/2026</p><p>&copy; Kōwhai District Council 2026</p><p class="govt">newzealand.govt.nz</p></footer>'
    )
    main = (
        '<main id="main-content"><h1 class="sr-only">Kōwhai District Council</h1>'
        '<section class="news"><h2>Latest news</h2><ul class="news-list">'
        + "".join(f'<li><a href="/news/{_slug(t)}">{t}</a><time datetime="{iso}">{d}</time></li>' for iso, d, t in news[:4])
        + '</ul><a class="more" href="/news">More news</a></section>'
        '<section class="notices"><h2>Public notices</h2><ul class="notice-list">'
        + "".join(f'<li><a href="/public-notices/{_slug(t)}">{t}</a> <span class="date">{d}</span></li>' for _, d, t in notices)
        + '</ul><a class="more" href="/public-notices">All public notices</a></section>'
        f'{service_grid(prefix="/services")}<section class="about">{filler_paragraphs("the district", 7)}</section></main>'
    )
    home = page("Kōwhai District Council", header + main + footer, lang="en-NZ")
    news_page = page(
        "News | Kōwhai District Council",
        header
        + '<main id="main-content"><h1>News</h1><ul class="news-list">'
        + "".join(f'<li><a href="/news/{_slug(t)}">{t}</a><time datetime="{iso}">{d}</time></li>' for iso, d, t in news)
        + "</ul></main>"
        + footer,
        lang="en-NZ",
    )
    _site(
        key="kowhai",
        host=host,
        name="Kōwhai District Council",
        country="NZ",
        pages={
            "/": home,
            "/news": news_page,
            "/public-notices": list_page("Public notices", header, footer, "".join(
                f'<li><a href="/public-notices/{_slug(t)}">{t}</a> <span class="date">{d}</span></li>' for _, d, t in notices
            ), lang="en-NZ"),
        },
        truth={
            "status": "stale",
            "passed": False,
            "must": ["homepage_stale", "column_stale"],
            "must_not": ["undated", "abandoned", "future_dated"],
            "home_status": "stale",
            "home_must": ["homepage_stale"],
            "home_must_not": ["undated", "abandoned"],
            "last_updated": "2026-10-06",
            "columns": {
                "Latest news": ("news", "2026-10-06", False),
                "Public notices": ("notice", "2026-09-30", False),
            },
            "page_dates": {"/news": "2026-10-06"},
        },
    )


_kowhai()


# ---- 6. India: NIC S3WaaS district portal, English/Hindi ------------------------------

def _sonpur() -> None:
    host = "sonpur.nic.in"
    whats_new = [
        # the newest is written in Hindi only: 25 नवंबर 2026
        ("2026-11-25", "जिला स्तरीय सतर्कता एवं जागरूकता सप्ताह समापन समारोह, दिनांक 25 नवंबर 2026", "vigilance-week"),
        ("2026-11-24", "Voter list special summary revision 2027: claims and objections till 09-12-2026 (published 24-11-2026)", "ssr-2027"),
        ("2026-11-20", "Result of District Level Youth Festival - 20.11.2026", "youth-festival-result"),
        ("2026-11-16", "Public hearing on Sonpur bypass land acquisition - 16-11-2026", "bypass-hearing"),
    ]
    notices = [
        ("18/11/2026", "30/11/2026", "Notice for e-auction of unclaimed vehicles"),
        ("12/11/2026", "27/11/2026", "Provisional merit list of Anganwadi workers"),
        ("03/11/2026", "15/11/2026", "Notice regarding Kharif crop survey"),
        ("21/10/2026", "31/12/2026", "Notice of Gram Sabha meetings"),
    ]
    recruitment = [
        ("10/11/2026", "10/12/2026", "Recruitment of Data Entry Operator on contract basis"),
        ("27/10/2026", "25/11/2026", "Engagement of Block Coordinators under NRLM"),
    ]
    tenders = [
        ("16/11/2026", "07/12/2026", "Tender for construction of community hall at Rampur"),
        ("05/11/2026", "26/11/2026", "Tender for supply of computer hardware"),
    ]

    def table(rows: list[tuple[str, str, str]], section: str) -> str:
        return (
            '<table class="data-table-1"><thead><tr><th>Title</th><th>Description</th><th>Start Date</th><th>End Date</th><th>File</th></tr></thead><tbody>'
            + "".join(
                f'<tr><td><a href="/{section}/{_slug(t)}/">{t}</a></td><td>{t}</td><td>{s}</td><td>{e}</td>'
                f'<td><a class="pdf-downloads" href="/s3a1b2c3d4/uploads/2026/11/{_slug(t)[:20]}.pdf" title="{t}">View (230 KB)</a></td></tr>'
                for s, e, t in rows
            )
            + "</tbody></table>"
        )

    s3_menu = [
        ("District", ["About District", "History", "Map of District", "Demography", "Economy", "How to Reach", "Tourist Places", "Who's Who"]),
        ("Directory", ["Court", "Departments", "Block", "Police Stations", "Hospitals", "Banks", "Electricity", "Educational Institutions"]),
        ("Departments", ["Revenue", "Panchayati Raj", "Rural Development", "Health", "Education", "Agriculture", "Social Welfare", "Food and Civil Supplies"]),
        ("Documents", ["Census", "Citizen Charter", "District Profile", "Guidelines", "Plan Report", "Statistical Report", "Annual Report", "Others"]),
        ("Notices", ["Announcements", "Events", "Recruitment", "Tenders", "Public Utilities", "Land Acquisition", "Elections", "RTI"]),
    ]
    header = (
        '<div id="topBar" class="wrapper"><ul class="toplinks"><li><a href="#skipCont">Skip to main content</a></li><li><a href="/screen-reader-access/">Screen Reader Access</a></li>'
        '<li><a href="/hi/">हिन्दी</a></li><li><a href="javascript:void(0)" class="font-increase">A+</a></li><li><a href="javascript:void(0)" class="font-decrease">A-</a></li></ul></div>'
        '<header class="wrapper header-wrapper"><div class="logo"><a href="/" title="Go to home"><img class="site_logo" src="/s3a1b2c3d4/uploads/2026/01/emblem.png" alt="State Emblem of India">'
        '<div class="logo_text"><strong lang="hi">जिला सोनपुर</strong><h1 class="site_name_english">District Sonpur</h1></div></a></div>'
        f'<div class="search-drawer"><form action="/" role="search"><input type="text" name="s" placeholder="Search"><button>{_SVG_ICONS["search"]}</button></form></div></header>'
        f'<nav class="menuWrapper">{mega_menu(s3_menu)}</nav>'
    )
    footer = (
        '<footer id="footer" class="footer-home"><div class="footer-top-wrapper"><ul class="footer-menu"><li><a href="/website-policies/">Website Policy</a></li><li><a href="/help/">Help</a></li><li><a href="/contact-us/">Contact Us</a></li><li><a href="/feedback/">Feedback</a></li></ul></div>'
        '<div class="footer-bottom-wrapper"><div class="copyright-content">Content Owned by District Administration</div>'
        '<div class="copyright-content">&copy; Sonpur , Developed and hosted by <a href="/nic-info/">National Informatics Centre</a>,<br>Ministry of Electronics &amp; Information Technology, Government of India</div>'
        '<div class="copyright-content">Last Updated: <strong>Nov 25, 2026</strong></div></div></footer>'
    )
    marquee = "".join(f'<li><a href="/notice/{s}/">{t}</a></li>' for _, t, s in whats_new)
    main = (
        '<div id="skipCont"></div><section id="slider" class="slider"><ul class="slides"><li><img src="/s3a1b2c3d4/uploads/2026/09/banner1.jpg" alt="Sonpur fort"></li><li><img src="/s3a1b2c3d4/uploads/2026/09/banner2.jpg" alt="River ghats"></li></ul></section>'
        '<section class="whatsnew"><div class="news-title"><h2>What\'s New</h2></div>'
        f'<div class="news-ticker"><marquee direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();"><ul>{marquee}</ul></marquee></div>'
        '<a class="btn-viewall" href="/whats-new/">View All</a></section>'
        '<section class="about-district"><h2>About District</h2>'
        + filler_paragraphs("the district", 5)
        + '</section><section class="tab-wrapper"><ul class="tab-nav" role="tablist"><li role="tab"><a href="#notices-tab">Notices</a></li><li role="tab"><a href="#recruit-tab">Recruitment</a></li><li role="tab"><a href="#tender-tab">Tenders</a></li></ul>'
        f'<div id="notices-tab" role="tabpanel"><h3>Notices</h3>{table(notices, "notice")}<a class="btn-viewall" href="/notice_category/announcements/">View All</a></div>'
        f'<div id="recruit-tab" role="tabpanel"><h3>Recruitment</h3>{table(recruitment, "notice")}<a class="btn-viewall" href="/notice_category/recruitment/">View All</a></div>'
        f'<div id="tender-tab" role="tabpanel"><h3>Tenders</h3>{table(tenders, "tender")}<a class="btn-viewall" href="/notice_category/tenders/">View All</a></div></section>'
        '<section class="gallery"><h2>Photo Gallery</h2><ul>'
        + "".join(f'<li><a href="/gallery/event-{i}/"><img src="/s3a1b2c3d4/uploads/2026/10/g{i}.jpg" alt="Event photo {i}"></a></li>' for i in range(12))
        + '</ul></section><section class="helplines"><h2>Helpline Numbers</h2><ul><li>Citizen\'s Call Centre - 155300</li><li>Child Helpline - 1098</li><li>Women Helpline - 1091</li><li>Crime Stopper - 1090</li><li>Senior Citizen Helpline - 14567</li></ul></section>'
        f'{service_grid([(a, lk) for a, lk in s3_menu])}'
    )
    home = page("District Sonpur, Government of Bihar | India", header + main + footer, lang="en-US")
    whats_new_page = page(
        "What's New | District Sonpur | India",
        header
        + "<div id=\"SkipContent\"></div><h1>What's New</h1>"
        + '<table class="data-table-1"><thead><tr><th>Title</th><th>Date</th><th>File</th></tr></thead><tbody>'
        + "".join(
            f'<tr><td><a href="/notice/{s}/">{t}</a></td><td>{iso[8:]}/{iso[5:7]}/{iso[:4]}</td><td><a href="/s3a1b2c3d4/uploads/2026/11/{s}.pdf">View (1 MB)</a></td></tr>'
            for iso, t, s in whats_new
        )
        + "</tbody></table>"
        + footer,
    )
    _site(
        key="sonpur",
        host=host,
        name="District Sonpur",
        country="IN",
        pages={
            "/": home,
            "/whats-new/": whats_new_page,
            "/notice_category/announcements/": page("Announcements | District Sonpur", header + "<h1>Announcements</h1>" + table(notices, "notice") + footer),
            "/notice_category/recruitment/": page("Recruitment | District Sonpur", header + "<h1>Recruitment</h1>" + table(recruitment, "notice") + footer),
            "/notice_category/tenders/": page("Tenders | District Sonpur", header + "<h1>Tenders</h1>" + table(tenders, "tender") + footer),
        },
        truth={
            "status": "healthy",
            "passed": True,
            "must": [],
            "must_not": ["homepage_stale", "undated", "abandoned", "future_dated"],
            "home_status": "healthy",
            "home_must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-25",
            "columns": {
                "What's New": ("news", "2026-11-25", False),
                "Notices": ("notice", "2026-11-18", False),
                "Recruitment": ("personnel", "2026-11-10", False),
                "Tenders": ("notice", "2026-11-16", False),
            },
            "page_dates": {"/whats-new/": "2026-11-25"},
        },
    )


_sonpur()


# ---- 7. Singapore: Isomer ministry site, '24 Nov 2026' ---------------------------------

def _mcs() -> None:
    host = "www.mcs.gov.sg"
    press = [
        ("2026-11-24", "24 Nov 2026", "Launch of ComCare Digital Services for seniors"),
        ("2026-11-19", "19 Nov 2026", "Community Care Apartments: second site announced"),
        ("2026-11-10", "10 Nov 2026", "Parliamentary replies on caregiver support"),
        ("2026-11-02", "02 Nov 2026", "Extension of the Silver Support top-up"),
        ("2026-10-21", "21 Oct 2026", "Community Link scheme reaches 30,000 families"),
    ]
    speeches = [
        ("2026-11-20", "20 Nov 2026", "Speech by Minister at the Volunteer Awards 2026"),
        ("2026-11-06", "06 Nov 2026", "Opening address at the Social Service Summit"),
        ("2026-10-15", "15 Oct 2026", "Speech at the Family Day celebration"),
    ]
    header = (
        '<div class="masthead"><div class="masthead-container"><span class="sgds-masthead-logo"></span><span>A Singapore Government Agency Website</span> <a href="#how-to-identify">How to identify</a></div></div>'
        '<div id="cookie-banner" class="cookie-banner"><p>By continuing to browse or by clicking "Accept", you agree to the storing of cookies on your device to enhance your site experience and for analytical purposes. '
        'To learn more about how we use cookies, please see our <a href="/privacy">privacy statement</a>.</p><button data-consent="all">Accept</button></div>'
        f'<nav class="navbar is-transparent"><a class="navbar-brand" href="/"><img src="/images/mcs-logo.png" alt="Ministry of Community Services"></a>{mega_menu(prefix="/services")}</nav>'
    )
    footer = (
        '<footer class="footer"><div class="footer-links"><a href="/contact-us">Contact Us</a> <a href="/feedback">Feedback</a> <a href="/faq">FAQ</a> <a href="/sitemap">Sitemap</a></div>'
        '<div class="footer-bottom"><a href="/report-vulnerability">Report Vulnerability</a> <a href="/privacy">Privacy Statement</a> <a href="/terms-of-use">Terms of Use</a>'
        '<p>&copy; 2026 Government of Singapore, Last Updated 25 Nov 2026</p></div></footer>'
    )

    def card_list(items: list[tuple[str, str, str]], section: str) -> str:
        return "".join(
            f'<div class="card"><a href="/media-hub/{section}/{_slug(t)}"><p class="card-tag">{section.replace("-", " ").title()}</p>'
            f'<h3 class="card-title">{t}</h3><p class="card-date">{d}</p></a></div>'
            for _, d, t in items
        )

    main = (
        '<main id="main-content"><section class="hero"><h1>Ministry of Community Services</h1><p>A caring and resilient society</p></section>'
        f'<section class="infopic"><h2>Highlights</h2>{filler_paragraphs("community services", 5)}</section>'
        f'<section class="infobar press"><h2>Press Releases</h2><div class="cards">{card_list(press[:4], "press-releases")}</div><a class="more" href="/media-hub/press-releases">See more press releases</a></section>'
        f'<section class="infobar speeches"><h2>Speeches</h2><div class="cards">{card_list(speeches, "speeches")}</div><a class="more" href="/media-hub/speeches">See more speeches</a></section>'
        f'{service_grid(prefix="/services")}</main>'
    )
    home = page("Home | Ministry of Community Services", header + main + footer, lang="en-SG")
    press_page = page(
        "Press Releases | Ministry of Community Services",
        header
        + f'<main id="main-content"><h1>Press Releases</h1><div class="content-list">{card_list(press, "press-releases")}</div>'
        '<nav class="pagination"><a class="is-current">1</a><a href="/media-hub/press-releases/page/2">2</a><a href="/media-hub/press-releases/page/3">3</a></nav></main>'
        + footer,
        lang="en-SG",
    )
    _site(
        key="mcs",
        host=host,
        name="Ministry of Community Services (Singapore)",
        country="SG",
        pages={
            "/": home,
            "/media-hub/press-releases": press_page,
            "/media-hub/speeches": page(
                "Speeches | Ministry of Community Services",
                header + f'<main id="main-content"><h1>Speeches</h1><div class="content-list">{card_list(speeches, "speeches")}</div></main>' + footer,
                lang="en-SG",
            ),
        },
        truth={
            "status": "healthy",
            "passed": True,
            "must": [],
            "must_not": ["homepage_stale", "undated", "column_stale", "abandoned", "future_dated"],
            "home_status": "healthy",
            "home_must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-24",
            "columns": {
                "Press Releases": ("news", "2026-11-24", False),
                # (truth fixed after the scan: the project types "Speeches" as other,
                # tests/column_headings.py: speeches come when ministers speak, no cycle)
                "Speeches": ("other", "2026-11-20", False),
            },
            "page_dates": {"/media-hub/press-releases": "2026-11-24"},
        },
    )


_mcs()


# ---- 8. Malaysia: Joomla municipal council in Malay (Ogos, Okt), stale --------------

def _kenanga() -> None:
    host = "www.mpsk.gov.my"
    berita = [
        ("2026-10-18", "18 Okt 2026", "Majlis Perasmian Taman Rekreasi Seri Kenanga"),
        ("2026-10-02", "02 Okt 2026", "Program Gotong-Royong Perdana Bersama Penduduk"),
        ("2026-09-16", "16 Sep 2026", "Sambutan Hari Malaysia Peringkat Majlis"),
        ("2026-08-31", "31 Ogos 2026", "Sambutan Hari Kebangsaan ke-69"),
        ("2026-08-12", "12 Ogos 2026", "Kempen Kitar Semula di Sekolah"),
    ]
    pengumuman = [
        ("2026-09-02", "02 Sep 2026", "Notis Penutupan Jalan Sementara di Jalan Kenanga 3"),
        ("2026-08-20", "20 Ogos 2026", "Pembaharuan Lesen Perniagaan Tahun 2027"),
        ("2026-07-15", "15 Julai 2026", "Jadual Kutipan Sampah Baharu"),
    ]
    header = (
        '<div id="cookie-banner" class="cookie-law"><p>Laman web ini menggunakan kuki. / This website uses cookies.</p><button data-consent="all">Setuju / Accept</button></div>'
        '<div class="top-bar"><span class="tarikh">Khamis, 26 November 2026</span> <a href="/ms/">BM</a> | <a href="/en/">EN</a></div>'
        '<header id="sp-header"><a href="/" class="logo"><img src="/images/logo-mpsk.png" alt="Majlis Perbandaran Seri Kenanga"></a>'
        f'{mega_menu([("Profil", ["Latar Belakang", "Visi dan Misi", "Carta Organisasi", "Ahli Majlis", "Piagam Pelanggan"]), ("Perkhidmatan", ["Cukai Taksiran", "Lesen Perniagaan", "Kompaun", "Permit Bangunan", "Sewaan Dewan", "Pengurusan Sisa Pepejal"]), ("Hubungi", ["Alamat", "Direktori Pegawai", "Aduan", "Maklum Balas"]), *_SERVICE_AREAS[:5]], prefix="/ms")}</header>'
    )
    footer = (
        '<footer id="sp-footer"><p>Majlis Perbandaran Seri Kenanga, Jalan Dato\' Onn, 75999 Seri Kenanga, Melaka. Tel: 06-555 1234</p>'
        '<p>Hakcipta Terpelihara &copy; 2026 Majlis Perbandaran Seri Kenanga</p><p>Kemaskini Terakhir: 26/11/2026</p>'
        '<p>Paparan terbaik menggunakan pelayar Chrome, Firefox dan Edge versi terkini dengan resolusi 1920 x 1080.</p><p>Jumlah Pelawat: 1,284,551</p></footer>'
    )
    main = (
        '<main id="sp-main-body"><h1 class="sr-only">Majlis Perbandaran Seri Kenanga</h1>'
        '<div class="moduletable berita"><h3>Berita Terkini</h3><ul class="latestnews">'
        + "".join(f'<li><a href="/ms/berita/{_slug(t)}">{t}</a> <span class="date">{d}</span></li>' for _, d, t in berita[:4])
        + '</ul><a class="readmore" href="/ms/berita">Lihat Semua</a></div>'
        '<div class="moduletable pengumuman"><h3>Pengumuman</h3><ul class="latestnews">'
        + "".join(f'<li><a href="/ms/pengumuman/{_slug(t)}">{t}</a> <span class="date">{d}</span></li>' for _, d, t in pengumuman)
        + '</ul><a class="readmore" href="/ms/pengumuman">Lihat Semua</a></div>'
        f'{service_grid(prefix="/ms")}<div class="intro">{filler_paragraphs("perbandaran", 6)}</div></main>'
    )
    home = page("Laman Utama - Majlis Perbandaran Seri Kenanga", header + main + footer, lang="ms-MY")
    berita_page = page(
        "Berita - Majlis Perbandaran Seri Kenanga",
        header
        + '<main id="sp-main-body"><h1>Berita</h1><table class="category table"><thead><tr><th>Tajuk</th><th>Tarikh</th></tr></thead><tbody>'
        + "".join(f'<tr><td><a href="/ms/berita/{_slug(t)}">{t}</a></td><td>{d}</td></tr>' for _, d, t in berita)
        + "</tbody></table></main>"
        + footer,
        lang="ms-MY",
    )
    _site(
        key="kenanga",
        host=host,
        name="Majlis Perbandaran Seri Kenanga",
        country="MY",
        pages={
            "/": home,
            "/ms/berita": berita_page,
            "/ms/pengumuman": list_page("Pengumuman", header, footer, "".join(
                f'<li><a href="/ms/pengumuman/{_slug(t)}">{t}</a> <span class="date">{d}</span></li>' for _, d, t in pengumuman
            ), lang="ms-MY"),
        },
        truth={
            "status": "stale",
            "passed": False,
            "must": ["homepage_stale", "column_stale"],
            "must_not": ["undated", "abandoned", "future_dated"],
            "home_status": "stale",
            "home_must": ["homepage_stale"],
            "home_must_not": ["undated", "abandoned"],
            "last_updated": "2026-10-18",
            "columns": {
                "Berita Terkini": ("news", "2026-10-18", False),
                "Pengumuman": ("notice", "2026-09-02", False),
            },
            "page_dates": {"/ms/berita": "2026-10-18"},
        },
    )


_kenanga()


# ---- 9. Hong Kong: gov.hk department, English with a 繁體 list page -------------------

def _hwd() -> None:
    host = "www.hwd.gov.hk"
    press = [
        ("2026-11-25", "Wednesday, November 25, 2026", "Temporary closure of Central Harbourfront promenade section"),
        ("2026-11-25", "Wednesday, November 25, 2026", "Tender invited for seawall repair works at Tsuen Wan"),
        ("2026-11-23", "Monday, November 23, 2026", "Harbourfront Works Department open day on December 5"),
        ("2026-11-18", "Wednesday, November 18, 2026", "Results of water quality monitoring for October"),
    ]
    whats_new = [
        ("2026-11-24", "24.11.2026", "Updated: Guidelines on Harbourfront Shared Space"),
        ("2026-11-20", "20.11.2026", "New: Annual Report 2025-26"),
        ("2026-11-09", "09.11.2026", "Updated: Tender notices"),
        ("2026-11-03", "03.11.2026", "New: Public consultation on Kai Tak promenade"),
    ]
    tc_press = [
        ("2026-11-25", "2026年11月25日", "中環海濱長廊部分路段暫時關閉"),
        ("2026-11-25", "2026年11月25日", "荃灣海堤維修工程招標"),
        ("2026-11-23", "2026年11月23日", "海濱工程署十二月五日開放日"),
        ("2026-11-18", "2026年11月18日", "十月份水質監測結果"),
        ("2026-11-11", "2026年11月11日", "觀塘海濱花園新增設施"),
    ]
    header = (
        '<div id="topbar"><a href="/tc/">繁體版</a> <a href="/sc/">简体版</a> <a href="/en/textonly/">Text Only</a> <a href="/en/sitemap/">Sitemap</a> <a href="/en/contact/">Contact Us</a></div>'
        '<header id="header"><a href="/en/"><img src="/images/hwd_logo_en.png" alt="Harbourfront Works Department, The Government of the Hong Kong Special Administrative Region"></a>'
        f'<div id="gov-hk"><a href="/gohk">GovHK</a></div>{mega_menu(prefix="/en")}</header>'
    )
    footer = (
        '<footer id="footer"><div class="footer-links"><a href="/en/notices/">Important notices</a> | <a href="/en/privacy/">Privacy policy</a> | <a href="/en/accessibility/">Accessibility</a></div>'
        '<div class="copyright">2026 &copy; | <a href="/en/notices/">Important notices</a></div><div class="lastrevision">Last revision date: 26.11.2026</div></footer>'
    )

    def press_by_day(items: list[tuple[str, str, str]], href_prefix: str) -> str:
        out = []
        current = None
        for iso, d, t in items:
            if d != current:
                if current is not None:
                    out.append("</ul>")
                out.append(f'<h3 class="pr-date">{d}</h3><ul class="pr-list">')
                current = d
            out.append(f'<li><a href="{href_prefix}/{iso[:4]}{iso[5:7]}/{iso[8:]}/P{iso.replace("-", "")}00{len(out)}.htm">{t}</a></li>')
        out.append("</ul>")
        return "".join(out)

    main = (
        '<main id="content"><h1 class="hidden">Harbourfront Works Department</h1>'
        '<div id="banner"><img src="/images/banner/open-day-2026.jpg" alt="HWD Open Day 5 December 2026"></div>'
        f'<section id="press"><h2>Press Releases</h2>{press_by_day(press, "/en/press")}<a class="more" href="/en/press/index.html">More</a></section>'
        '<section id="whatsnew"><h2>What\'s New</h2><ul>'
        + "".join(f'<li><span class="date">{d}</span> <a href="/en/whatsnew/{_slug(t)}.html">{t}</a></li>' for _, d, t in whats_new)
        + '</ul><a class="more" href="/en/whatsnew/index.html">More</a></section>'
        f'{service_grid(prefix="/en")}<section class="intro">{filler_paragraphs("the harbourfront", 5)}</section></main>'
    )
    home = page("Harbourfront Works Department - Home", header + main + footer, lang="en")
    tc_header = header.replace('alt="Harbourfront Works Department,', 'alt="海濱工程署,')
    tc_page = page(
        "海濱工程署 - 新聞公報",
        tc_header
        + f'<main id="content"><h1>新聞公報</h1>{press_by_day(tc_press, "/tc/press")}</main>'
        + '<footer id="footer"><div class="copyright">2026 &copy; | <a href="/tc/notices/">重要告示</a></div><div class="lastrevision">修訂日期：2026年11月26日</div></footer>',
        lang="zh-HK",
    )
    _site(
        key="hwd",
        host=host,
        name="Harbourfront Works Department (Hong Kong)",
        country="HK",
        # the "More" link of the English press box goes to the English list, which
        # we serve as the bilingual department does: the 繁體 list at /tc/ and an
        # English list at /en/press/index.html (the same items, English day headings)
        pages={
            "/": home,
            "/en/": home,
            "/en/press/index.html": page(
                "Harbourfront Works Department - Press Releases",
                header + f'<main id="content"><h1>Press Releases</h1>{press_by_day(press, "/en/press")}</main>' + footer,
                lang="en",
            ),
            "/tc/press/index.html": tc_page,
            "/en/whatsnew/index.html": list_page("What's New", header, footer, "".join(
                f'<li><span class="date">{d}</span> <a href="/en/whatsnew/{_slug(t)}.html">{t}</a></li>' for _, d, t in whats_new
            ), lang="en"),
        },
        truth={
            "status": "healthy",
            "passed": True,
            "must": [],
            "must_not": ["homepage_stale", "undated", "column_stale", "abandoned", "future_dated"],
            "home_status": "healthy",
            "home_must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-25",
            "columns": {
                "Press Releases": ("news", "2026-11-25", False),
                "What's New": ("news", "2026-11-24", False),
            },
            "page_dates": {"/en/press/index.html": "2026-11-25", "/tc/press/index.html": "2026-11-25"},
        },
    )


_hwd()


# ---- 10. Macau: Portuguese/Chinese bureau, abandoned since June 2025 ------------------

def _macau() -> None:
    host = "www.iabn.gov.mo"
    noticias = [
        ("2025-06-12", "12/06/2025", "Actividades comemorativas do Dia da Criança / 兒童節慶祝活動"),
        ("2025-05-03", "03/05/2025", "Abertura do novo centro comunitário / 新社區中心開幕"),
        ("2025-04-15", "15/04/2025", "Relatório de actividades de 2024 / 2024年度活動報告"),
        ("2025-03-04", "04/03/2025", "Sessão de esclarecimento sobre subsídios / 資助計劃說明會"),
    ]
    avisos = [
        ("2025-05-28", "28 de Maio de 2025", "2025年5月28日", "Aviso sobre o encerramento temporário do pavilhão / 體育館暫停開放通告"),
        ("2025-02-10", "10 de Fevereiro de 2025", "2025年2月10日", "Aviso de concurso público n.º 1/2025 / 第1/2025號公開招標通告"),
        ("2024-12-02", "2 de Dezembro de 2024", "2024年12月2日", "Horário de funcionamento no Natal / 聖誕節辦公時間"),
    ]
    header = (
        '<div class="lang-bar"><a href="/zh-hant/">中文</a> | <a href="/pt/">Português</a></div>'
        '<header class="gov-header"><a href="/"><img src="/img/logo_iabn.png" alt="Instituto para os Assuntos do Bairro Norte 北區事務局"></a>'
        f'{mega_menu([("Sobre nós 關於我們", ["Apresentação 簡介", "Estrutura 組織架構", "Legislação 法規", "Contactos 聯絡我們"]), ("Serviços 服務", ["Subsídios 資助", "Instalações 設施", "Licenças 准照", "Formulários 表格"]), *_SERVICE_AREAS[:6]], prefix="/pt")}</header>'
    )
    footer = (
        '<footer class="gov-footer"><p>Instituto para os Assuntos do Bairro Norte 北區事務局 · Rua do Norte, n.º 100, Macau · Tel: (853) 2855 0000</p>'
        '<p>Direitos de autor &copy; 2026 IABN. Todos os direitos reservados. 版權所有</p><p>Última actualização: 26/11/2026 | 最後更新：2026年11月26日</p></footer>'
    )
    main = (
        '<main><h1 class="sr-only">Instituto para os Assuntos do Bairro Norte</h1>'
        '<section class="noticias"><h2>Notícias 新聞</h2><ul>'
        + "".join(f'<li><a href="/pt/noticias/{_slug(t)}">{t}</a> <span class="data">{d}</span></li>' for _, d, t in noticias)
        + '</ul><a class="mais" href="/pt/noticias/">Mais 更多</a></section>'
        '<section class="avisos"><h2>Avisos 通告</h2><ul>'
        + "".join(f'<li><a href="/pt/avisos/{_slug(t)}">{t}</a> <span class="data">{d} / {c}</span></li>' for _, d, c, t in avisos)
        + '</ul><a class="mais" href="/pt/avisos/">Mais 更多</a></section>'
        f'{service_grid(prefix="/pt")}<section>{filler_paragraphs("o bairro", 5)}</section></main>'
    )
    home = page("Instituto para os Assuntos do Bairro Norte 北區事務局", header + main + footer, lang="pt-MO")
    noticias_page = page(
        "Notícias - IABN",
        header
        + '<main><h1>Notícias 新聞</h1><ul class="lista">'
        + "".join(f'<li><span class="data">{d}</span> <a href="/pt/noticias/{_slug(t)}">{t}</a></li>' for _, d, t in noticias)
        + "</ul></main>"
        + footer,
        lang="pt-MO",
    )
    _site(
        key="macau",
        host=host,
        name="Instituto para os Assuntos do Bairro Norte (Macau)",
        country="MO",
        pages={
            "/": home,
            "/pt/noticias/": noticias_page,
            "/pt/avisos/": list_page("Avisos 通告", header, footer, "".join(
                f'<li><a href="/pt/avisos/{_slug(t)}">{t}</a> <span class="data">{d} / {c}</span></li>' for _, d, c, t in avisos
            ), lang="pt-MO"),
        },
        truth={
            "status": "zombie",
            "passed": False,
            "must": ["abandoned"],
            "must_not": ["undated", "future_dated"],
            "home_status": "zombie",
            "home_must": ["abandoned"],
            "home_must_not": ["undated"],
            "last_updated": "2025-06-12",
            "columns": {
                "Notícias 新聞": ("news", "2025-06-12", False),
                "Avisos 通告": ("notice", "2025-05-28", False),
            },
            "page_dates": {"/pt/noticias/": "2025-06-12"},
        },
    )


_macau()


# ---- 11. Canada: bilingual town, ISO dates and a French list page ---------------------

def _riviere() -> None:
    host = "www.riviere-claire.ca"
    news = [
        ("2026-11-23", "Snow clearing operations: winter parking rules in effect"),
        ("2026-11-17", "2027 budget adopted by Town Council"),
        ("2026-11-09", "Remembrance Day ceremony at the cenotaph"),
        ("2026-10-30", "Fall leaf collection schedule"),
    ]
    avis = [
        ("2026-11-16", "16 novembre 2026", "Avis public : demande de dérogation mineure, 12 rue Principale"),
        ("2026-11-02", "2 novembre 2026", "Avis public : consultation sur le règlement de zonage 2026-14"),
        ("2026-10-19", "19 octobre 2026", "Avis public : dépôt du rôle d'évaluation foncière"),
        ("2026-09-28", "28 septembre 2026", "Avis public : séance extraordinaire du conseil"),
    ]
    header = (
        '<div id="cookie-banner" class="gc-cookie"><p>This site uses cookies. / Ce site utilise des témoins.</p><button data-consent="all">OK</button></div>'
        '<header><div id="wb-bnr" class="container"><a href="/fr/" lang="fr">Français</a><a href="/en/" class="brand"><img src="/img/town-logo.svg" alt="Town of Rivière-Claire / Ville de Rivière-Claire"></a></div>'
        f'{mega_menu(prefix="/en")}</header>'
    )
    footer = (
        '<footer id="wb-info"><div class="container"><ul><li><a href="/en/contact">Contact us</a></li><li><a href="/en/privacy">Privacy</a></li><li><a href="/en/terms">Terms and conditions</a></li></ul>'
        '<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2026-11-20</time></dd></dl><p>&copy; 2026 Town of Rivière-Claire</p></div></footer>'
    )
    main = (
        '<main property="mainContentOfPage" class="container"><h1 property="name" id="wb-cont">Town of Rivière-Claire</h1>'
        '<section class="news"><h2>News releases</h2><ul class="list-unstyled">'
        + "".join(f'<li><a href="/en/news/{iso[:4]}/{_slug(t)}.html">{t}</a> <span class="small">{iso}</span></li>' for iso, t in news)
        + '</ul><p><a href="/en/news/index.html">All news releases</a></p></section>'
        '<section class="notices"><h2>Public notices / Avis publics</h2><ul class="list-unstyled">'
        + "".join(f'<li><a href="/fr/avis-publics/{_slug(t)}.html" lang="fr">{t}</a> <span class="small">{iso}</span></li>' for iso, _, t in avis[:3])
        + '</ul><p><a href="/fr/avis-publics/index.html">All public notices</a></p></section>'
        f'{service_grid(prefix="/en")}<section>{filler_paragraphs("the town", 6)}</section></main>'
    )
    home = page("Town of Rivière-Claire - Home", header + main + footer, lang="en-CA")
    avis_page = page(
        "Avis publics - Ville de Rivière-Claire",
        header.replace('lang="fr">Français', 'lang="en">English')
        + '<main class="container"><h1>Avis publics</h1><ul class="list-unstyled">'
        + "".join(f'<li><a href="/fr/avis-publics/{_slug(t)}.html">{t}</a><br><span class="small">Publié le {d}</span></li>' for _, d, t in avis)
        + "</ul></main>"
        + footer.replace("Date modified:", "Date de modification :"),
        lang="fr-CA",
    )
    news_page = page(
        "News releases - Town of Rivière-Claire",
        header
        + '<main class="container"><h1>News releases</h1><ul class="list-unstyled">'
        + "".join(f'<li><a href="/en/news/{iso[:4]}/{_slug(t)}.html">{t}</a> <span class="small">{iso}</span></li>' for iso, t in news)
        + "</ul></main>"
        + footer,
        lang="en-CA",
    )
    _site(
        key="riviere",
        host=host,
        name="Town of Rivière-Claire",
        country="CA",
        pages={"/": home, "/en/news/index.html": news_page, "/fr/avis-publics/index.html": avis_page},
        truth={
            "status": "healthy",
            "passed": True,
            "must": [],
            "must_not": ["homepage_stale", "undated", "column_stale", "abandoned", "future_dated"],
            "home_status": "healthy",
            "home_must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-23",
            "columns": {
                "News releases": ("news", "2026-11-23", False),
                "Public notices / Avis publics": ("notice", "2026-11-16", False),
            },
            "page_dates": {"/en/news/index.html": "2026-11-23", "/fr/avis-publics/index.html": "2026-11-16"},
        },
    )


_riviere()


# ---- 12. South Africa: local municipality, news stale since September ----------------

def _mzansi() -> None:
    host = "www.mzansilm.gov.za"
    news = [
        ("2026-09-30", "30 September 2026", "Mayor hands over title deeds in Ward 7"),
        ("2026-09-17", "17 September 2026", "Heritage Month celebration at the community hall"),
        ("2026-08-26", "26 August 2026", "Water supply interruption in Ext 4 resolved"),
        ("2026-08-05", "05 August 2026", "Women's Month dialogue with local entrepreneurs"),
    ]
    tenders = [
        ("2026-10-15", "2026/10/15", "2026/11/30", "MLM/T/2026/18: Upgrading of gravel roads in Ward 3"),
        ("2026-10-01", "2026/10/01", "2026/11/02", "MLM/T/2026/17: Supply and delivery of water meters"),
        ("2026-09-10", "2026/09/10", "2026/10/12", "MLM/T/2026/16: Security services for municipal buildings"),
    ]
    header = (
        '<div class="top"><a href="/paia">PAIA Manual</a> | <a href="/fraud-hotline">Anti-Fraud Hotline 0800 701 701</a></div>'
        '<header><a href="/"><img src="/images/coat-of-arms.png" alt="Mzansi Local Municipality"></a>'
        f'{mega_menu([("Municipality", ["Mayor", "Municipal Manager", "Council", "Ward Councillors", "IDP", "Budget", "Annual Reports", "Bylaws"]), ("Services", ["Water and sanitation", "Electricity", "Refuse removal", "Rates and taxes", "Indigent support", "Town planning"]), *_SERVICE_AREAS[2:7]])}</header>'
    )
    footer = (
        '<footer><p>Mzansi Local Municipality, Civic Centre, Church Street, Mzansi 0999. Tel: 013 555 1000</p>'
        '<p>&copy; 2026 Mzansi Local Municipality. All rights reserved. | <a href="/disclaimer">Disclaimer</a> | <a href="/popia">POPIA</a></p></footer>'
    )
    main = (
        '<main><h1 class="sr-only">Mzansi Local Municipality</h1>'
        '<section class="news"><h2>Latest News</h2>'
        + "".join(
            f'<div class="news-item"><h3><a href="/news/{_slug(t)}">{t}</a></h3><p class="meta">Posted on {d}</p></div>' for _, d, t in news
        )
        + '<a href="/news" class="btn">Read more news</a></section>'
        '<section class="tenders"><h2>Tenders</h2><table class="tenders"><thead><tr><th>Tender</th><th>Advertised</th><th>Closing Date</th></tr></thead><tbody>'
        + "".join(f'<tr><td><a href="/tenders/{_slug(t)[:30]}.pdf">{t}</a></td><td>{a}</td><td>{c}</td></tr>' for _, a, c, t in tenders)
        + '</tbody></table><a href="/tenders" class="btn">View all tenders</a></section>'
        f'{service_grid()}<section>{filler_paragraphs("municipal services", 6)}</section></main>'
    )
    home = page("Mzansi Local Municipality", header + main + footer, lang="en-ZA")
    news_page = page(
        "News - Mzansi Local Municipality",
        header
        + '<main><h1>News</h1>'
        + "".join(f'<div class="news-item"><h3><a href="/news/{_slug(t)}">{t}</a></h3><p class="meta">Posted on {d}</p></div>' for _, d, t in news)
        + "</main>"
        + footer,
        lang="en-ZA",
    )
    _site(
        key="mzansi",
        host=host,
        name="Mzansi Local Municipality",
        country="ZA",
        pages={
            "/": home,
            "/news": news_page,
            "/tenders": page(
                "Tenders - Mzansi Local Municipality",
                header
                + '<main><h1>Tenders</h1><table class="tenders"><thead><tr><th>Tender</th><th>Advertised</th><th>Closing Date</th></tr></thead><tbody>'
                + "".join(f'<tr><td><a href="/tenders/{_slug(t)[:30]}.pdf">{t}</a></td><td>{a}</td><td>{c}</td></tr>' for _, a, c, t in tenders)
                + "</tbody></table></main>"
                + footer,
                lang="en-ZA",
            ),
        },
        truth={
            "status": "stale",
            "passed": False,
            "must": ["homepage_stale", "column_stale"],
            "must_not": ["undated", "abandoned", "future_dated"],
            "home_status": "stale",
            "home_must": ["homepage_stale"],
            "home_must_not": ["undated", "abandoned"],
            "last_updated": "2026-10-15",
            "columns": {
                "Latest News": ("news", "2026-09-30", False),
                "Tenders": ("notice", "2026-10-15", False),
            },
            "page_dates": {"/news": "2026-09-30"},
        },
    )


_mzansi()


# ---- 13. Ireland: county council, English with Irish headings ------------------------

def _ballyfinn() -> None:
    host = "www.ballyfinncoco.ie"
    news = [
        ("2026-11-23", "23 November 2026", "Ballyfinn Town Centre First plan published"),
        ("2026-11-18", "18 November 2026", "Winter ready: gritting routes for 2026/27"),
        ("2026-11-06", "06 November 2026", "Community Recognition Fund allocations announced"),
        ("2026-10-27", "27 October 2026", "Library Ireland Week events"),
    ]
    planning = [
        ("2026-11-23", "23/11/2026", "Planning applications received week 47 (16/11/2026 to 20/11/2026)"),
        ("2026-11-16", "16/11/2026", "Planning applications received week 46 (09/11/2026 to 13/11/2026)"),
        ("2026-11-09", "09/11/2026", "Planning applications received week 45 (02/11/2026 to 06/11/2026)"),
        ("2026-11-02", "02/11/2026", "Planning applications received week 44 (26/10/2026 to 30/10/2026)"),
    ]
    header = (
        '<div id="cookie-banner" class="cookie"><p>We use cookies on this website. Our cookie policy was last updated on 20 November 2026.</p><button data-consent="all">Accept all</button></div>'
        '<header><a href="/"><img src="/images/bcc-logo.png" alt="Ballyfinn County Council / Comhairle Contae Bhaile Fhinn"></a><a href="/ga" lang="ga">Gaeilge</a>'
        f'{mega_menu(prefix="/services")}</header>'
    )
    footer = (
        '<footer><p>Ballyfinn County Council, Áras an Chontae, Ballyfinn, Co. Ballyfinn, R99 X000. Tel: +353 99 555 0000</p>'
        '<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy statement</a></li><li><a href="/data-protection">Data protection</a></li></ul>'
        '<p>Page last updated: 12/03/2024</p><p>&copy; 2026 Ballyfinn County Council</p></footer>'
    )
    main = (
        '<main><h1 class="sr-only">Ballyfinn County Council</h1>'
        '<section class="news"><h2>Nuacht / News</h2>'
        + "".join(
            f'<div class="views-row"><span class="date">{d}</span><h3><a href="/news/{_slug(t)}">{t}</a></h3></div>' for _, d, t in news
        )
        + '<a href="/news" class="more-link">More news</a></section>'
        '<section class="planning"><h2>Planning applications / Iarratais pleanála</h2><ul>'
        + "".join(f'<li><a href="/planning/weekly-lists/{iso}">{t}</a> <span class="date">{d}</span></li>' for iso, d, t in planning)
        + '</ul><a href="/planning/weekly-lists" class="more-link">All weekly lists</a></section>'
        f'{service_grid(prefix="/services")}<section>{filler_paragraphs("the county", 6)}</section></main>'
    )
    home = page("Ballyfinn County Council", header + main + footer, lang="en-IE")
    news_page = page(
        "News | Ballyfinn County Council",
        header
        + '<main><h1>News</h1>'
        + "".join(f'<div class="views-row"><span class="date">{d}</span><h3><a href="/news/{_slug(t)}">{t}</a></h3></div>' for _, d, t in news)
        + '<nav class="pager"><a href="/news?page=1">Next ›</a></nav></main>'
        + footer,
        lang="en-IE",
    )
    _site(
        key="ballyfinn",
        host=host,
        name="Ballyfinn County Council",
        country="IE",
        pages={
            "/": home,
            "/news": news_page,
            "/planning/weekly-lists": list_page("Planning weekly lists", header, footer, "".join(
                f'<li><a href="/planning/weekly-lists/{iso}">{t}</a> <span class="date">{d}</span></li>' for iso, d, t in planning
            ), lang="en-IE"),
        },
        truth={
            "status": "healthy",
            "passed": True,
            "must": [],
            "must_not": ["homepage_stale", "undated", "column_stale", "abandoned", "future_dated"],
            "home_status": "healthy",
            "home_must_not": ["homepage_stale", "undated", "abandoned"],
            "last_updated": "2026-11-23",
            "columns": {
                "Nuacht / News": ("news", "2026-11-23", False),
                "Planning applications / Iarratais pleanála": (None, "2026-11-23", False),
            },
            "page_dates": {"/news": "2026-11-23"},
        },
    )


_ballyfinn()


def fallback_page(s: dict[str, Any], path: str) -> str:
    """What a working site answers for its other pages (services, articles): a plain
    content page with no list and no date of its own. Served with status 200 for every
    path the site dict does not list, so a realistic page's hundreds of menu links work."""
    title = path.strip("/").split("/")[-1].replace("-", " ").capitalize() or "Home"
    return page(
        f"{title} | {s['name']}",
        f'<main id="main-content"><h1>{title}</h1>{filler_paragraphs(title.lower(), 4)}</main>',
    )


def site(key: str) -> dict[str, Any]:
    for s in SITES:
        if s["key"] == key:
            return s
    raise KeyError(key)
