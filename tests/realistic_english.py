"""Realistic English-language government and organisation portals, fifth audit.

tests/realistic_intl.py and tests/realistic_intl2.py cover a CivicPlus city, GOV.UK-style
councils, an NHS trust, Canadian federal and Indian/Singapore portals. These are other
templates as they are built today: a US county on Granicus (upcoming meetings, month/day
date boxes), a LocalGov Drupal borough with <time datetime>, an Australian state
department (NSW design system, AusTender dates "19-Nov-2024"), a bilingual Canadian
town with a "Date modified" footer, an Indian state department (marquee "What's New",
dd.mm.yyyy, "dated 14/11/2024", a "Last Updated" counter), a university newsroom in AP
style ("Nov. 21, 2024", "Sept. 30"), a charity on WordPress (ordinal dates, "Read
more"), a Drupal 7 agency ("Submitted by admin on Wed, 11/20/2024 - 14:32"), a
SharePoint site (list views with Modified columns), a city whose news shows relative
dates only ("2 days ago"), a governor's press archive by year tabs, a stale village, a
zombie tourism site and a library hit by the Japanese keyword hack.

Each `IntlSite` holds its pages and its truth (status, freshness findings, the columns a
reader sees with their types and newest dates), against the fixed clock NOW (Monday
2024-11-25), written from how the real templates render, independently of the code.
"""

from __future__ import annotations

from collections.abc import Sequence

from tests.realistic_intl import NOW, TODAY, Column, IntlSite, Truth, d, li_rows

__all__ = ["NOW", "TODAY", "all_sites"]

Rows = Sequence[tuple[str, str, str]]


def _pages(shell: str, home: str, lists: dict[str, tuple[str, str]]) -> dict[str, str | bytes]:
    """The homepage and each column's list page (path -> (title, main)) in one shell."""
    pages: dict[str, str | bytes] = {"/": shell.format(title="Home", main=home)}
    for path, (title, main) in lists.items():
        pages[path] = shell.format(title=title, main=main)
    return pages


# ======================================================================================
# US county on Granicus (OpenCities): news cards, upcoming meetings, agendas & minutes,
# public notices, an events widget with month/day date boxes and no year


COUNTY_NEWS = [
    (
        "/news/2024/11/21/thanksgiving-closures",
        "County Offices Closed for Thanksgiving",
        "Nov 21, 2024",
    ),
    ("/news/2024/11/18/burn-ban-lifted", "Burn Ban Lifted in Unincorporated Areas", "Nov 18, 2024"),
    ("/news/2024/11/12/veterans-day-recap", "Commissioners Honor Local Veterans", "Nov 12, 2024"),
]
COUNTY_NEWS_OLD = [
    ("/news/2024/10/30/early-voting", "Early Voting Locations and Hours", "Oct 30, 2024"),
    ("/news/2024/10/15/flu-clinics", "Free Flu Shot Clinics Begin", "Oct 15, 2024"),
]
COUNTY_UPCOMING = [
    (
        "/meetings/board-of-commissioners-2024-12-03",
        "Board of Commissioners",
        "Dec 3, 2024 - 6:00 PM",
    ),
    (
        "/meetings/planning-zoning-2024-12-10",
        "Planning &amp; Zoning Commission",
        "Dec 10, 2024 - 5:30 PM",
    ),
]
COUNTY_AGENDAS = [
    (
        "/AgendaCenter/ViewFile/Agenda/_11192024-1432",
        "Board of Commissioners - Regular Session",
        "Nov 19, 2024",
    ),
    (
        "/AgendaCenter/ViewFile/Agenda/_11122024-1425",
        "Planning &amp; Zoning Commission",
        "Nov 12, 2024",
    ),
    (
        "/AgendaCenter/ViewFile/Agenda/_11052024-1418",
        "Board of Commissioners - Work Session",
        "Nov 5, 2024",
    ),
]
COUNTY_NOTICES = [
    (
        "/notices/rezoning-z-24-07",
        "Notice of Public Hearing - Rezoning Case Z-24-07",
        "Posted 11/18/2024",
    ),
    (
        "/notices/fy25-budget-amendment",
        "Notice of Proposed Budget Amendment FY2025",
        "Posted 11/08/2024",
    ),
    (
        "/notices/road-closure-county-road-12",
        "Temporary Closure of County Road 12",
        "Posted 10/28/2024",
    ),
]
COUNTY_EVENTS = [
    ("/events/holiday-lights-parade", "Holiday Lights Parade", "DEC", "07"),
    ("/events/christmas-tree-recycling", "Christmas Tree Recycling Drop-off", "DEC", "28"),
    ("/events/mlk-day-of-service", "MLK Day of Service", "JAN", "20"),
]


def us_county() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{title} | Pinecrest County, GA</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/opencities.min.css?v=5.2.1"></head>
<body class="oc-page">
<a class="skip-link" href="#main">Skip to main content</a>
<div class="alert-banner" role="region"><p><strong>Notice:</strong> County offices will be closed November 28-29 for Thanksgiving.</p></div>
<header class="site-header"><a href="/" class="logo"><img src="/images/seal.png" alt="Pinecrest County seal"></a>
<nav class="main-nav"><ul><li><a href="/government">Government</a></li><li><a href="/departments">Departments</a></li>
<li><a href="/residents">Residents</a></li><li><a href="/business">Business</a></li><li><a href="/how-do-i">How Do I</a></li></ul></nav>
<form action="/search" class="search"><input name="q" aria-label="Search"><button>Search</button></form></header>
<main id="main">{main}</main>
<footer class="site-footer"><p>Pinecrest County Administration Building, 100 Courthouse Square, Pinecrest, GA 30000</p>
<p>Phone: (555) 555-0199 | Hours: Monday - Friday, 8:00 AM - 5:00 PM</p>
<ul><li><a href="/accessibility">ADA &amp; Accessibility</a></li><li><a href="/open-records">Open Records Request</a></li></ul>
<p>© 2024 Pinecrest County. All rights reserved. <a href="https://granicus.com">Powered by Granicus</a></p></footer>
</body></html>
"""
    cards = (
        '<div class="news-card"><span class="news-card__date">{date}</span>'
        '<h3 class="news-card__title"><a href="{href}">{title}</a></h3>'
        '<a class="news-card__more" href="{href}">Read More</a></div>'
    )
    events = "".join(
        f'<li class="event"><div class="event__date"><span class="event__month">{m}</span>'
        f'<span class="event__day">{day}</span></div><a href="{h}">{t}</a></li>'
        for h, t, m, day in COUNTY_EVENTS
    )
    home = f"""<section class="hero"><h1>Welcome to Pinecrest County</h1></section>
<section class="quick-links"><h2>I Want To...</h2><ul><li><a href="/pay-taxes">Pay Property Taxes</a></li>
<li><a href="/permits">Apply for a Permit</a></li><li><a href="/jobs">Find a Job</a></li></ul></section>
<section class="news-feed"><h2>Latest News</h2><div class="news-cards">{li_rows(COUNTY_NEWS, cards)}</div>
<a class="button" href="/news">More News</a></section>
<section class="meetings"><h2>Upcoming Meetings</h2><table class="meeting-table"><tr><th>Meeting</th><th>Date</th><th>Agenda</th></tr>
{li_rows(COUNTY_UPCOMING, '<tr><td><a href="{href}">{title}</a></td><td>{date}</td><td>Agenda not yet posted</td></tr>')}
</table><a href="/meetings">View All Meetings</a></section>
<section class="agendas"><h2>Agendas &amp; Minutes</h2><ul>
{li_rows(COUNTY_AGENDAS, '<li><a href="{href}">{title}</a> <span class="date">{date}</span></li>')}
</ul><a href="/AgendaCenter">View All</a></section>
<section class="notices"><h2>Public Notices</h2><ul>
{li_rows(COUNTY_NOTICES, '<li><a href="{href}">{title}</a><br><small>{date}</small></li>')}
</ul><a href="/notices">View All Notices</a></section>
<section class="events"><h2>Upcoming Events</h2><ul class="events-list">{events}</ul>
<a href="/events">View Calendar</a></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/news": (
                "News",
                "<h1>News</h1>"
                + li_rows([*COUNTY_NEWS, *COUNTY_NEWS_OLD], cards)
                + '<nav class="pager"><a href="/news?page=2">Next</a></nav>',
            ),
            "/meetings": (
                "Meetings",
                "<h1>Meetings</h1><table>"
                + li_rows(
                    COUNTY_UPCOMING, '<tr><td><a href="{href}">{title}</a></td><td>{date}</td></tr>'
                )
                + "</table>",
            ),
            "/AgendaCenter": (
                "Agenda Center",
                "<h1>Agenda Center</h1><table>"
                + li_rows(
                    COUNTY_AGENDAS,
                    '<tr><td>{date}</td><td><a href="{href}">{title}</a></td>'
                    '<td><a href="{href}?html=true">HTML</a> | <a href="{href}.pdf">PDF</a></td></tr>',
                )
                + "</table>",
            ),
            "/notices": (
                "Public Notices",
                "<h1>Public Notices</h1><ul>"
                + li_rows(
                    COUNTY_NOTICES, '<li><a href="{href}">{title}</a> <small>{date}</small></li>'
                )
                + "</ul>",
            ),
            "/events": (
                "Calendar",
                '<h1>Calendar</h1><ul class="events-list">' + events + "</ul>",
            ),
        },
    )
    return IntlSite(
        "us-county",
        "www.pinecrestcounty.gov",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Latest News", "news", d("2024-11-21")),
                Column("Upcoming Meetings", "other", None),
                Column("Agendas & Minutes", "other", d("2024-11-19")),
                Column("Public Notices", "notice", d("2024-11-18")),
                Column("Upcoming Events", "other", None),
            ),
            d("2024-11-21"),
            notes="meetings and events are upcoming; DEC 07 without a year is next month, not last December",
        ),
        lang="en-US",
    )


# ======================================================================================
# UK: a LocalGov Drupal borough (GOV.UK Frontend), <time datetime>, "Have your say"
# with closing dates only, council meetings ahead and behind, a "Page last updated" line


UK_NEWS = [
    (
        "/news/winter-fuel-support",
        "Help with heating costs this winter",
        "2024-11-21",
        "21 November 2024",
    ),
    (
        "/news/town-centre-lights-switch-on",
        "Town centre lights switch-on",
        "2024-11-19",
        "19 November 2024",
    ),
    (
        "/news/garden-waste-renewals",
        "Garden waste subscriptions open for 2025",
        "2024-11-14",
        "14 November 2024",
    ),
    (
        "/news/armistice-day",
        "Borough falls silent for Armistice Day",
        "2024-11-11",
        "11 November 2024",
    ),
]
UK_CONSULT = [
    (
        "/have-your-say/council-tax-support-2025",
        "Council tax support scheme 2025 to 2026",
        "Closes 13 December 2024",
    ),
    ("/have-your-say/parking-strategy", "Draft parking strategy", "Closes 6 January 2025"),
]
UK_MEETINGS = [
    ("/meetings/full-council-27-november", "Full Council", "Wednesday 27 November 2024, 7pm"),
    ("/meetings/cabinet-19-november", "Cabinet", "Tuesday 19 November 2024, 6.30pm"),
    (
        "/meetings/planning-committee-13-november",
        "Planning Committee",
        "Wednesday 13 November 2024, 7pm",
    ),
]


def uk_borough() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en" dir="ltr" class="govuk-template"><head><meta charset="utf-8">
<title>{title} | Northmere Borough Council</title>
<link rel="stylesheet" href="/themes/contrib/localgov_base/css/base.css?sn2k1q"></head>
<body class="govuk-template__body path-frontpage">
<div class="localgov-alert-banner localgov-alert-banner--minor"><p>Our phone lines are busy on Mondays. You can <a href="/contact">contact us online</a>.</p></div>
<header class="lgd-header" role="banner"><a href="/" class="lgd-header__logo"><img src="/logo.svg" alt="Northmere Borough Council"></a>
<form action="/search" class="lgd-header__search"><label class="visually-hidden" for="q">Search</label><input id="q" name="s"></form></header>
<main id="main-content" class="govuk-main-wrapper">{main}</main>
<footer class="lgd-footer"><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/cookies">Cookies</a></li>
<li><a href="/privacy">Privacy</a></li></ul><p>Page last updated: 24 November 2024</p>
<p>© Northmere Borough Council</p></footer></body></html>
"""
    teaser = (
        '<article class="lgd-teaser"><h3 class="lgd-teaser__title"><a href="{href}">{title}</a></h3>'
        '<p class="lgd-teaser__date"><time datetime="{iso}T12:00:00Z">{shown}</time></p></article>'
    )

    def teasers(rows: Sequence[tuple[str, str, str, str]]) -> str:
        return "\n".join(teaser.format(href=h, title=t, iso=i, shown=s) for h, t, i, s in rows)

    home = f"""<h1 class="govuk-heading-xl">Northmere Borough Council</h1>
<div class="lgd-services"><h2>Services</h2><ul><li><a href="/bins-and-recycling">Bins and recycling</a></li>
<li><a href="/council-tax">Council tax</a></li><li><a href="/housing">Housing</a></li>
<li><a href="/parking">Parking</a></li><li><a href="/planning">Planning and building control</a></li></ul></div>
<div class="localgov-newsroom-featured"><h2 class="govuk-heading-l">Latest news</h2>{teasers(UK_NEWS[:3])}
<p><a class="govuk-link" href="/news">More news</a></p></div>
<div class="have-your-say"><h2 class="govuk-heading-l">Have your say</h2><ul class="govuk-list">
{li_rows(UK_CONSULT, '<li><a class="govuk-link" href="{href}">{title}</a><p class="govuk-body-s">{date}</p></li>')}
</ul><p><a class="govuk-link" href="/have-your-say">All open consultations</a></p></div>
<div class="meetings"><h2 class="govuk-heading-l">Council meetings</h2><ul class="govuk-list">
{li_rows(UK_MEETINGS, '<li><a class="govuk-link" href="{href}">{title}</a> <span class="govuk-body-s">{date}</span></li>')}
</ul><p><a class="govuk-link" href="/meetings">Meetings calendar</a></p></div>"""
    pages = _pages(
        shell,
        home,
        {
            "/news": (
                "News",
                '<h1 class="govuk-heading-xl">News</h1>'
                + teasers(UK_NEWS)
                + '<nav class="govuk-pagination"><a class="govuk-pagination__link" href="/news?page=1">Next<span class="govuk-visually-hidden"> page</span></a></nav>',
            ),
            "/have-your-say": (
                "Have your say",
                "<h1>Have your say</h1><ul>"
                + li_rows(UK_CONSULT, '<li><a href="{href}">{title}</a><p>{date}</p></li>')
                + "</ul>",
            ),
            "/meetings": (
                "Meetings",
                "<h1>Meetings calendar</h1><ul>"
                + li_rows(UK_MEETINGS, '<li><a href="{href}">{title}</a> {date}</li>')
                + "</ul>",
            ),
        },
    )
    return IntlSite(
        "uk-borough",
        "www.northmere.gov.uk",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Latest news", "news", d("2024-11-21")),
                Column("Have your say", "interaction", None),
                Column("Council meetings", "other", d("2024-11-19")),
            ),
            d("2024-11-21"),
            notes="consultations show closing dates only (ahead): no update date; 'Page last updated' is the page's stamp",
        ),
        lang="en",
    )


# ======================================================================================
# Australia: a state department on the NSW design system; media releases with weekday
# datelines, tenders with AusTender dates (19-Nov-2024), grants with closing dates


AU_NEWS = [
    (
        "/news/bushfire-danger-period-extended",
        "Bushfire danger period extended in the north",
        "2024-11-22",
        "22 Nov 2024",
    ),
    (
        "/news/koala-habitat-mapping",
        "New koala habitat mapping released",
        "2024-11-18",
        "18 Nov 2024",
    ),
    (
        "/news/water-sharing-plans-review",
        "Review of water sharing plans begins",
        "2024-11-07",
        "07 Nov 2024",
    ),
]
AU_MEDIA = [
    (
        "/media-releases/drought-support-package",
        "$50 million drought support package for farmers",
        "Friday, 22 November 2024",
    ),
    (
        "/media-releases/national-parks-expansion",
        "Three new national parks for the Central Coast",
        "Tuesday, 19 November 2024",
    ),
    (
        "/media-releases/recycling-target",
        "State on track to meet recycling target",
        "Monday, 11 November 2024",
    ),
]
AU_TENDERS = [
    (
        "/tenders/dcce-2024-117",
        "Aerial survey services - Hunter region",
        "Published: 19-Nov-2024 | Closes: 16-Dec-2024",
    ),
    (
        "/tenders/dcce-2024-112",
        "Fire trail maintenance panel",
        "Published: 08-Nov-2024 | Closes: 06-Dec-2024",
    ),
]
AU_GRANTS = [
    (
        "/grants/environmental-trust-restoration",
        "Environmental Trust restoration and rehabilitation grants",
        "Closes 10 December 2024",
    ),
    (
        "/grants/community-energy",
        "Community energy upgrades fund round 3",
        "Closes 31 January 2025",
    ),
]


def au_state() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><title>{title} | Department of Climate Change and Environment</title>
<link rel="stylesheet" href="https://cdn.example.nsw.gov.au/nsw-design-system/3.12/main.css"></head>
<body>
<div class="nsw-masthead"><div class="nsw-container"><p>A NSW Government website</p></div></div>
<header class="nsw-header"><div class="nsw-header__logo"><a href="/"><img src="/waratah.svg" alt="NSW Government"></a></div>
<div class="nsw-header__name">Department of Climate Change and Environment</div></header>
<nav class="nsw-main-nav"><ul><li><a href="/topics">Topics</a></li><li><a href="/grants">Grants and funding</a></li>
<li><a href="/about-us">About us</a></li><li><a href="/news">News</a></li></ul></nav>
<main id="main-content" class="nsw-container">{main}</main>
<footer class="nsw-footer"><p>We acknowledge Aboriginal people as the Traditional Custodians of our lands.</p>
<ul><li><a href="/copyright">Copyright</a></li><li><a href="/disclaimer">Disclaimer</a></li><li><a href="/privacy">Privacy</a></li></ul>
<p>Copyright © 2024</p></footer></body></html>
"""
    card = (
        '<div class="nsw-card"><div class="nsw-card__content"><div class="nsw-card__title">'
        '<a href="{href}">{title}</a></div><p class="nsw-card__date"><time datetime="{iso}">{shown}</time></p></div></div>'
    )

    def cards(rows: Sequence[tuple[str, str, str, str]]) -> str:
        return "\n".join(card.format(href=h, title=t, iso=i, shown=s) for h, t, i, s in rows)

    media = '<li class="nsw-list-item"><a href="{href}">{title}</a><p class="nsw-list-item__info">{date}</p></li>'
    plain = '<li class="nsw-list-item"><a href="{href}">{title}</a><p class="nsw-list-item__info">{date}</p></li>'
    home = f"""<h1 class="nsw-display">Protecting our environment for future generations</h1>
<section><h2 class="nsw-section-title">Latest news</h2><div class="nsw-grid">{cards(AU_NEWS)}</div>
<a class="nsw-button" href="/news">View all news</a></section>
<section><h2 class="nsw-section-title">Media releases</h2><ul class="nsw-list">{li_rows(AU_MEDIA, media)}</ul>
<a href="/media-releases">View all media releases</a></section>
<section><h2 class="nsw-section-title">Tenders</h2><ul class="nsw-list">{li_rows(AU_TENDERS, plain)}</ul>
<a href="/tenders">View all tenders</a></section>
<section><h2 class="nsw-section-title">Grants and funding</h2><ul class="nsw-list">{li_rows(AU_GRANTS, plain)}</ul>
<a href="/grants">See all grants</a></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/news": ("News", '<h1>News</h1><div class="nsw-grid">' + cards(AU_NEWS) + "</div>"),
            "/media-releases": (
                "Media releases",
                "<h1>Media releases</h1><ul>" + li_rows(AU_MEDIA, media) + "</ul>",
            ),
            "/tenders": ("Tenders", "<h1>Tenders</h1><ul>" + li_rows(AU_TENDERS, plain) + "</ul>"),
            "/grants": (
                "Grants and funding",
                "<h1>Grants and funding</h1><ul>" + li_rows(AU_GRANTS, plain) + "</ul>",
            ),
        },
    )
    return IntlSite(
        "au-state",
        "www.environment.nsw.gov.au",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Latest news", "news", d("2024-11-22")),
                Column("Media releases", "news", d("2024-11-22")),
                Column("Tenders", "notice", d("2024-11-19")),
                Column("Grants and funding", "other", None),
            ),
            d("2024-11-22"),
            notes="tender closing dates and grant closing dates are ahead: not updates",
        ),
        lang="en-AU",
    )


# ======================================================================================
# Canada: a bilingual town (EN/FR headings), ISO dates, a Canada.ca-style "Date
# modified" footer newer than any item


CA_NEWS = [
    (
        "/en/news/snow-removal-parking-ban",
        "Winter overnight parking ban begins December 1 / Interdiction de stationnement de nuit",
        "2024-11-20",
    ),
    (
        "/en/news/budget-2025-adopted",
        "Council adopts 2025 budget / Adoption du budget 2025",
        "2024-11-13",
    ),
    (
        "/en/news/remembrance-day-ceremony",
        "Remembrance Day ceremony / Cérémonie du jour du Souvenir",
        "2024-11-08",
    ),
]
CA_NOTICES = [
    (
        "/en/notices/water-main-flushing",
        "Water main flushing - Sector B / Rinçage du réseau d'aqueduc",
        "2024-11-15",
    ),
    (
        "/en/notices/public-consultation-zoning-bylaw",
        "Public consultation: zoning by-law 2024-31 / Consultation publique",
        "2024-11-06",
    ),
]


def ca_town() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en-CA"><head><meta charset="utf-8"><title>{title} - Town of Rivière-Verte / Ville de Rivière-Verte</title></head>
<body>
<header><a href="/en">Town of Rivière-Verte</a> <a lang="fr" href="/fr">Français</a>
<nav><a href="/en/residents">Residents / Résidents</a> <a href="/en/town-hall">Town Hall / Hôtel de ville</a> <a href="/en/recreation">Recreation / Loisirs</a></nav></header>
<main property="mainContentOfPage">{main}
<section class="pagedetails"><dl id="wb-dtmd"><dt>Date modified: / Date de modification :</dt><dd><time property="dateModified">2024-11-24</time></dd></dl></section></main>
<footer><p>375 Main Street / 375, rue Principale, Rivière-Verte NB E7C 1A1</p><p>© Town of Rivière-Verte 2024</p></footer></body></html>
"""
    row = '<li><time datetime="{date}">{date}</time> <a href="{href}">{title}</a></li>'
    home = f"""<h1>Welcome / Bienvenue</h1>
<section><h2>News / Nouvelles</h2><ul class="news">{li_rows(CA_NEWS, row)}</ul>
<p><a href="/en/news">All news / Toutes les nouvelles</a></p></section>
<section><h2>Public notices / Avis publics</h2><ul>{li_rows(CA_NOTICES, row)}</ul>
<p><a href="/en/notices">All notices / Tous les avis</a></p></section>
<section><h2>Quick links / Liens rapides</h2><ul><li><a href="/en/pay">Pay a bill / Payer une facture</a></li>
<li><a href="/en/garbage">Garbage collection / Collecte des ordures</a></li></ul></section>"""
    older = [
        ("/en/news/halloween-safety", "Halloween safety / Sécurité à l'Halloween", "2024-10-28")
    ]
    pages = _pages(
        shell,
        home,
        {
            "/en/news": (
                "News / Nouvelles",
                "<h1>News / Nouvelles</h1><ul>" + li_rows([*CA_NEWS, *older], row) + "</ul>",
            ),
            "/en/notices": (
                "Public notices / Avis publics",
                "<h1>Public notices</h1><ul>" + li_rows(CA_NOTICES, row) + "</ul>",
            ),
        },
    )
    return IntlSite(
        "ca-town",
        "www.riviere-verte.ca",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("News / Nouvelles", "news", d("2024-11-20")),
                Column("Public notices / Avis publics", "notice", d("2024-11-15")),
            ),
            d("2024-11-20"),
            notes="'Date modified: 2024-11-24' is the page's stamp, not an item",
        ),
        lang="en-CA",
    )


# ======================================================================================
# India: a state department portal; marquee "What's New" with (dd.mm.yyyy), tenders
# table with issue and last dates, orders "dated dd/mm/yyyy", recruitment, a counter with
# "Last Updated" and "Visitors"


IN_WHATS_NEW = [
    (
        "/uploads/2024/11/pmfby-rabi-2024.pdf",
        "PMFBY Rabi 2024-25: last date for enrolment extended (21.11.2024)",
        "",
    ),
    (
        "/uploads/2024/11/soil-health-card.pdf",
        "Soil Health Card distribution schedule (18.11.2024)",
        "",
    ),
    (
        "/uploads/2024/11/seed-subsidy-list.pdf",
        "List of beneficiaries under seed subsidy scheme (12.11.2024)",
        "",
    ),
]
IN_TENDERS = [
    (
        "/tenders/2024/AGR-T-41.pdf",
        "Supply of bio-fertilizers to district offices",
        "19.11.2024",
        "09.12.2024",
    ),
    (
        "/tenders/2024/AGR-T-39.pdf",
        "Hiring of vehicles for field inspection",
        "11.11.2024",
        "02.12.2024",
    ),
    ("/tenders/2024/AGR-T-35.pdf", "Annual maintenance of computers", "28.10.2024", "18.11.2024"),
]
IN_ORDERS = [
    (
        "/orders/go-ms-187-2024.pdf",
        "G.O.(Ms) No.187/2024/Agri - Revised norms for crop loss assessment dated 14/11/2024",
        "",
    ),
    (
        "/orders/circular-52-2024.pdf",
        "Circular No. 52/2024 - Observance of Vigilance Awareness Week dated 28/10/2024",
        "",
    ),
]
IN_RECRUIT = [
    (
        "/recruitment/walk-in-agri-officer.pdf",
        "Walk-in interview for Agricultural Officers on contract basis",
        "Posted on: 05.11.2024",
    ),
    (
        "/recruitment/data-entry-operators.pdf",
        "Engagement of Data Entry Operators - Result",
        "Posted on: 22.10.2024",
    ),
]


def in_state() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title} :: Department of Agriculture, Government of Sundar Pradesh</title></head>
<body>
<div class="gov-strip"><span>Government of Sundar Pradesh</span> <a href="#SkipContent">Skip to main content</a> <a href="/screen-reader">Screen Reader Access</a> <a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a></div>
<div class="header"><img src="/images/emblem.png" alt="State Emblem"><h1 class="logo">Department of Agriculture</h1></div>
<div class="menu"><ul><li><a href="/">Home</a></li><li><a href="/about">About Us</a></li><li><a href="/schemes">Schemes</a></li><li><a href="/rti">RTI</a></li><li><a href="/contact">Contact Us</a></li></ul></div>
<div id="SkipContent"></div><div class="main-container">{main}</div>
<div class="footer"><p>Content owned and maintained by Department of Agriculture, Government of Sundar Pradesh.</p>
<p>Designed and developed by National Informatics Centre</p>
<p>Last Updated : 25/11/2024 | Visitors : 1,284,611</p></div></body></html>
"""
    new = '<li><a href="{href}" target="_blank">{title}</a> <img src="/images/new.gif" alt="new"></li>'
    tender_rows = "".join(
        f'<tr><td>{n}</td><td><a href="{h}">{t}</a></td><td>{i}</td><td>{last}</td></tr>'
        for n, (h, t, i, last) in enumerate(IN_TENDERS, 1)
    )
    tenders = (
        '<table class="table"><tr><th>S.No.</th><th>Subject</th><th>Date of Issue</th><th>Last Date</th></tr>'
        + tender_rows
        + "</table>"
    )
    home = f"""<div class="col-md-4 whats-new"><h3>What's New</h3><marquee direction="up" scrollamount="2" onmouseover="this.stop()"><ul>
{li_rows(IN_WHATS_NEW, new)}</ul></marquee><a href="/whats-new" class="more">View All</a></div>
<div class="col-md-4"><h3>Tenders</h3>{tenders}<a href="/tenders" class="more">Archive</a></div>
<div class="col-md-4"><h3>Orders &amp; Circulars</h3><ul>{li_rows(IN_ORDERS, '<li><a href="{href}">{title}</a></li>')}</ul>
<a href="/orders" class="more">More</a></div>
<div class="col-md-4"><h3>Recruitment</h3><ul>{li_rows(IN_RECRUIT, '<li><a href="{href}">{title}</a> <em>{date}</em></li>')}</ul>
<a href="/recruitment" class="more">More</a></div>
<div class="col-md-4"><h3>Hon'ble Minister</h3><p>Shri A. B. Sharma, Minister for Agriculture</p></div>"""
    pages = _pages(
        shell,
        home,
        {
            "/whats-new": (
                "What's New",
                "<h2>What's New</h2><ul>" + li_rows(IN_WHATS_NEW, new) + "</ul>",
            ),
            "/tenders": ("Tenders", "<h2>Tenders</h2>" + tenders),
            "/orders": (
                "Orders & Circulars",
                "<h2>Orders &amp; Circulars</h2><ul>"
                + li_rows(IN_ORDERS, '<li><a href="{href}">{title}</a></li>')
                + "</ul>",
            ),
            "/recruitment": (
                "Recruitment",
                "<h2>Recruitment</h2><ul>"
                + li_rows(IN_RECRUIT, '<li><a href="{href}">{title}</a> <em>{date}</em></li>')
                + "</ul>",
            ),
        },
    )
    return IntlSite(
        "in-state",
        "agriculture.sundarpradesh.gov.in",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("What's New", "news", d("2024-11-21")),
                Column("Tenders", "notice", d("2024-11-19")),
                Column("Orders & Circulars", "notice", d("2024-11-14")),
                Column("Recruitment", "personnel", d("2024-11-05")),
            ),
            d("2024-11-21"),
            notes="a tender's Last Date is ahead (or past, 18.11.2024 for an issue of 28.10); "
            "'Last Updated : 25/11/2024' is the counter's stamp, written at each request",
        ),
        lang="en",
    )


# ======================================================================================
# A US university newsroom in AP style: "Nov. 21, 2024", "Sept. 30, 2024", events with
# no year, "In the News" with outlets


UNI_NEWS = [
    (
        "/news/2024/11/researchers-awarded-nsf-grant",
        "Researchers awarded $2.4M NSF grant to study wetlands",
        "Nov. 21, 2024",
    ),
    (
        "/news/2024/11/fall-commencement-speaker",
        "Fall commencement speaker announced",
        "Nov. 15, 2024",
    ),
    (
        "/news/2024/10/homecoming-record-attendance",
        "Homecoming draws record attendance",
        "Oct. 28, 2024",
    ),
]
UNI_OLDER = [
    ("/news/2024/09/new-residence-hall", "New residence hall opens its doors", "Sept. 30, 2024")
]
UNI_EVENTS = [
    ("/events/winter-concert", "Winter Choral Concert", "Wed., Dec. 4 | 7:30 p.m."),
    ("/events/fall-commencement", "Fall Commencement", "Sat., Dec. 14 | 10 a.m."),
    ("/events/spring-classes-begin", "Spring classes begin", "Mon., Jan. 13"),
]
UNI_MEDIA = [
    (
        "https://www.example-times.com/2024/11/20/climate-wetlands",
        "The Example Times: Why wetlands matter for flood control",
        "Nov. 20, 2024",
    ),
    (
        "https://www.public-radio.example.org/story/ai-classroom",
        "Public Radio: AI in the classroom",
        "Nov. 12, 2024",
    ),
]


def university() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Northfield State University</title></head>
<body><header class="site-header"><a href="/" class="wordmark">Northfield State University</a>
<nav><a href="/admissions">Admissions</a> <a href="/academics">Academics</a> <a href="/research">Research</a>
<a href="/campus-life">Campus Life</a> <a href="/athletics">Athletics</a> <a href="/give">Give</a></nav>
<a class="cta" href="/apply">Apply</a> <a class="cta" href="/visit">Visit</a></header>
<main>{main}</main>
<footer><p>Northfield State University, 1 University Drive, Northfield, MN 55000</p>
<p>© 2024 Northfield State University. An equal opportunity educator and employer.</p></footer></body></html>
"""
    story = '<div class="story"><a href="{href}"><h3>{title}</h3></a><p class="story__date">{date}</p></div>'
    ev = '<li class="event"><a href="{href}">{title}</a><p class="event__when">{date}</p></li>'
    home = f"""<section class="hero"><h1>Where curiosity meets purpose</h1><a href="/apply">Start your application</a></section>
<section class="news"><h2>News</h2><div class="stories">{li_rows(UNI_NEWS, story)}</div><a href="/news">More news</a></section>
<section class="events"><h2>Upcoming Events</h2><ul>{li_rows(UNI_EVENTS, ev)}</ul><a href="/events">All events</a></section>
<section class="media"><h2>In the News</h2><ul>{li_rows(UNI_MEDIA, story)}</ul><a href="/news/in-the-news">More</a></section>
<section class="stats"><h2>By the numbers</h2><p>17,000 students. 150+ majors. 1 community.</p></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/news": (
                "News",
                '<h1>News</h1><div class="stories">'
                + li_rows([*UNI_NEWS, *UNI_OLDER], story)
                + "</div>",
            ),
            "/events": ("Events", "<h1>Events</h1><ul>" + li_rows(UNI_EVENTS, ev) + "</ul>"),
            "/news/in-the-news": (
                "In the News",
                "<h1>In the News</h1><ul>" + li_rows(UNI_MEDIA, story) + "</ul>",
            ),
        },
    )
    return IntlSite(
        "us-university",
        "www.northfield.edu",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("News", "news", d("2024-11-21")),
                Column("Upcoming Events", "other", None),
                Column("In the News", "news", d("2024-11-20")),
            ),
            d("2024-11-21"),
            notes="AP month abbreviations with periods; events are upcoming (Dec. 4 is next week, not last year)",
        ),
        lang="en",
    )


# ======================================================================================
# A charity on WordPress: post cards with <time datetime> and ordinal dates, "Read
# more" on each card, an events widget (The Events Calendar) with "December 7 @ 10:00 am"


NGO_POSTS = [
    (
        "/2024/11/20/winter-appeal-launch/",
        "Our winter appeal is live",
        "2024-11-20T09:30:00+00:00",
        "20th November 2024",
    ),
    (
        "/2024/11/13/volunteers-week/",
        "Thank you to our 400 volunteers",
        "2024-11-13T14:02:11+00:00",
        "13th November 2024",
    ),
    (
        "/2024/11/01/annual-report-2024/",
        "Annual report 2023-24 published",
        "2024-11-01T08:00:00+00:00",
        "1st November 2024",
    ),
]
NGO_EVENTS = [
    ("/event/christmas-food-drive/", "Christmas food drive", "December 7 @ 10:00 am - 2:00 pm"),
    ("/event/carol-service/", "Carol service at St Mary's", "December 15 @ 6:00 pm - 7:30 pm"),
]


def ngo_wordpress() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>{title} &#8211; Valley Food Bank</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all"></head>
<body class="home page-template-default">
<header class="site-header" id="masthead"><div class="site-branding"><a href="/" rel="home">Valley Food Bank</a></div>
<nav class="main-navigation"><ul id="primary-menu"><li><a href="/get-help/">Get help</a></li><li><a href="/donate/">Donate</a></li>
<li><a href="/volunteer/">Volunteer</a></li><li><a href="/news/">News</a></li></ul></nav></header>
<div id="content" class="site-content">{main}</div>
<footer class="site-footer"><p>Valley Food Bank is a registered charity in England and Wales (1171234).</p>
<p>Copyright &copy; 2024 Valley Food Bank | Powered by Valley Food Bank</p></footer></body></html>
"""
    card = (
        '<article class="post type-post status-publish format-standard has-post-thumbnail">'
        '<img src="/wp-content/uploads/2024/11/thumb.jpg" alt="">'
        '<h3 class="entry-title"><a href="{href}" rel="bookmark">{title}</a></h3>'
        '<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso}">{shown}</time></span></div>'
        "<p>We could not do what we do without you&hellip;</p>"
        '<a class="read-more" href="{href}">Read more</a></article>'
    )

    def cards(rows: Sequence[tuple[str, str, str, str]]) -> str:
        return "\n".join(card.format(href=h, title=t, iso=i, shown=s) for h, t, i, s in rows)

    ev = (
        '<div class="tribe-events-widget-events-list__event"><a href="{href}" class="tribe-events-widget-events-list__event-title-link">{title}</a>'
        '<span class="tribe-event-date-start">{date}</span></div>'
    )
    home = f"""<main id="main" class="site-main">
<div class="wp-block-cover"><h1>No one in our valley should go hungry</h1><a class="wp-block-button__link" href="/donate/">Donate now</a></div>
<div class="wp-block-group"><h2 class="wp-block-heading">Latest news</h2><div class="wp-block-query">{cards(NGO_POSTS)}</div>
<a class="wp-block-button__link" href="/news/">View all news</a></div>
<div class="wp-block-group"><h2 class="wp-block-heading">Upcoming events</h2><div class="tribe-events-widget-events-list">{li_rows(NGO_EVENTS, ev)}</div>
<a href="/events/">View Calendar</a></div></main>"""
    older = [
        (
            "/2024/10/18/harvest-festival/",
            "Harvest festival donations",
            "2024-10-18T10:00:00+01:00",
            "18th October 2024",
        )
    ]
    pages = _pages(
        shell,
        home,
        {
            "/news/": (
                "News",
                '<main id="main"><h1 class="page-title">News</h1>'
                + cards([*NGO_POSTS, *older])
                + '<nav class="navigation pagination"><a class="next page-numbers" href="/news/page/2/">Next &raquo;</a></nav></main>',
            ),
            "/events/": (
                "Events",
                '<main id="main"><h1>Upcoming Events</h1>' + li_rows(NGO_EVENTS, ev) + "</main>",
            ),
        },
    )
    return IntlSite(
        "ngo-wordpress",
        "www.valleyfoodbank.org.uk",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Latest news", "news", d("2024-11-20")),
                Column("Upcoming events", "other", None),
            ),
            d("2024-11-20"),
            notes="ordinal dates ('1st November 2024'); events are ahead",
        ),
        lang="en-GB",
    )


# ======================================================================================
# A Drupal 7 state agency: views rows with "Posted on" and Drupal's default "Submitted
# by admin on Wed, 11/20/2024 - 14:32", job openings with closing dates


DR_PRESS = [
    (
        "/news/state-parks-first-day-hikes",
        "State Parks to Host First Day Hikes",
        "Posted on Wed, 11/20/2024 - 14:32",
    ),
    (
        "/news/elk-hunt-draw-results",
        "Elk Hunt Draw Results Now Available",
        "Posted on Fri, 11/15/2024 - 09:05",
    ),
    (
        "/news/boat-ramp-closures",
        "Seasonal Boat Ramp Closures",
        "Posted on Tue, 11/05/2024 - 16:40",
    ),
]
DR_NOTICES = [
    (
        "/notices/proposed-rule-chapter-44",
        "Notice of Proposed Rulemaking - Chapter 44",
        "Submitted by admin on Mon, 11/18/2024 - 10:12",
    ),
    (
        "/notices/grazing-lease-renewals",
        "Grazing Lease Renewals - Public Comment",
        "Submitted by webmaster on Thu, 10/31/2024 - 15:27",
    ),
]
DR_JOBS = [
    (
        "/jobs/park-ranger-ii",
        "Park Ranger II - Sagebrush Lake",
        "Posted 11/01/2024 | Closing date: 12/13/2024",
    ),
    (
        "/jobs/fisheries-biologist",
        "Fisheries Biologist",
        "Posted 10/22/2024 | Closing date: 12/06/2024",
    ),
]


def drupal_agency() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 7 (http://drupal.org)">
<title>{title} | Department of Natural Resources</title></head>
<body class="html front not-logged-in no-sidebars page-node">
<div id="page-wrapper"><div id="header"><a href="/" id="logo"><img src="/sites/all/themes/dnr/logo.png" alt="Home"></a>
<div id="site-name">Department of Natural Resources</div>
<ul class="menu"><li><a href="/parks">State Parks</a></li><li><a href="/hunting">Hunting</a></li><li><a href="/fishing">Fishing</a></li>
<li><a href="/licenses">Licenses</a></li><li><a href="/about">About</a></li></ul></div>
<div id="main">{main}</div>
<div id="footer"><p>Department of Natural Resources | 2300 Capitol Ave | Cheyenne, WY 82000</p><p>Copyright © 2024</p></div></div></body></html>
"""

    def view(rows: Rows) -> str:
        return "".join(
            f'<div class="views-row views-row-{n}"><div class="views-field views-field-title"><span class="field-content">'
            f'<a href="{h}">{t}</a></span></div><div class="views-field views-field-created"><span class="field-content">{s}</span></div></div>'
            for n, (h, t, s) in enumerate(rows, 1)
        )

    home = f"""<div class="region region-content">
<div id="block-views-press-releases-block" class="block block-views"><h2 class="block-title">Press Releases</h2>
<div class="view view-press-releases"><div class="view-content">{view(DR_PRESS)}</div>
<div class="more-link"><a href="/news">More Press Releases</a></div></div></div>
<div id="block-views-notices-block" class="block block-views"><h2 class="block-title">Public Notices</h2>
<div class="view view-notices"><div class="view-content">{view(DR_NOTICES)}</div>
<div class="more-link"><a href="/notices">more</a></div></div></div>
<div id="block-views-jobs-block" class="block block-views"><h2 class="block-title">Job Openings</h2>
<div class="view view-jobs"><div class="view-content">{view(DR_JOBS)}</div>
<div class="more-link"><a href="/jobs">View all job openings</a></div></div></div></div>"""
    pages = _pages(
        shell,
        home,
        {
            "/news": (
                "Press Releases",
                '<h1 class="title">Press Releases</h1><div class="view"><div class="view-content">'
                + view(DR_PRESS)
                + '</div><ul class="pager"><li class="pager-next"><a href="/news?page=1">next ›</a></li><li class="pager-last"><a href="/news?page=12">last »</a></li></ul></div>',
            ),
            "/notices": (
                "Public Notices",
                '<h1 class="title">Public Notices</h1><div class="view-content">'
                + view(DR_NOTICES)
                + "</div>",
            ),
            "/jobs": (
                "Job Openings",
                '<h1 class="title">Job Openings</h1><div class="view-content">'
                + view(DR_JOBS)
                + "</div>",
            ),
        },
    )
    return IntlSite(
        "drupal-agency",
        "dnr.sagebrush.gov",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Press Releases", "news", d("2024-11-20")),
                Column("Public Notices", "notice", d("2024-11-18")),
                Column("Job Openings", "personnel", d("2024-11-01")),
            ),
            d("2024-11-20"),
            notes="Drupal's default 'Submitted by admin on Wed, 11/20/2024 - 14:32'; job closing dates are ahead",
        ),
        lang="en",
    )


# ======================================================================================
# SharePoint (classic publishing site): list views with Title / Modified columns, a
# document library, "Last modified at ... by System Account" in the footer


SP_ANNOUNCE = [
    (
        "/Lists/Announcements/DispForm.aspx?ID=145",
        "Boil water advisory lifted for Zone 3",
        "11/22/2024 3:45 PM",
    ),
    ("/Lists/Announcements/DispForm.aspx?ID=144", "Holiday office hours", "11/18/2024 10:02 AM"),
    (
        "/Lists/Announcements/DispForm.aspx?ID=141",
        "Hydrant flushing schedule for November",
        "11/04/2024 8:15 AM",
    ),
]
SP_DOCS = [
    (
        "/Board%20Documents/2024-11-19%20Board%20Agenda.pdf",
        "2024-11-19 Board Agenda",
        "11/15/2024 4:20 PM",
    ),
    (
        "/Board%20Documents/2024-10-15%20Board%20Minutes.pdf",
        "2024-10-15 Board Minutes",
        "11/12/2024 9:41 AM",
    ),
    ("/Board%20Documents/FY2025%20Budget.pdf", "FY2025 Budget", "10/01/2024 1:10 PM"),
]


def sharepoint() -> IntlSite:
    shell = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=10"><meta name="GENERATOR" content="Microsoft SharePoint">
<meta http-equiv="Content-type" content="text/html; charset=utf-8"><title>{title}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1033/styles/Themable/corev15.css?rev=2bKYcnOEn9Ivt0i%2FkPrA%3D%3D"></head>
<body><form method="post" action="./default.aspx" id="aspnetForm">
<div id="s4-workspace"><div id="s4-titlerow"><a href="/" id="ctl00_onetidProjectPropertyTitleGraphic"><img src="/SiteAssets/logo.png" alt="Clearwater Utility District"></a>
<div class="ms-core-navigation"><ul class="root ms-core-listMenu-root static"><li><a href="/Pages/About.aspx">About</a></li>
<li><a href="/Pages/Billing.aspx">Billing</a></li><li><a href="/Pages/WaterQuality.aspx">Water Quality</a></li></ul></div></div>
<div id="contentBox">{main}</div>
<div class="footer"><p>Clearwater Utility District, 45 Reservoir Rd</p><p>Last modified at 11/24/2024 8:01 AM by System Account</p></div></div></form></body></html>
"""

    def listview(rows: Rows, first: str) -> str:
        body = "".join(
            f'<tr class="ms-itmHoverEnabled"><td class="ms-vb2"><a href="{h}" onclick="EditLink2(this,5);return false;">{t}</a></td>'
            f'<td class="ms-vb2"><span class="ms-noWrap">{s}</span></td></tr>'
            for h, t, s in rows
        )
        return (
            '<table class="ms-listviewtable" summary="list"><tr class="ms-viewheadertr">'
            f'<th class="ms-vh2">{first}</th><th class="ms-vh2">Modified</th></tr>{body}</table>'
        )

    home = f"""<div class="ms-webpart-zone"><div class="ms-webpart-chrome">
<div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><a href="/Lists/Announcements/AllItems.aspx"><span>Announcements</span></a></h2></div>
{listview(SP_ANNOUNCE, "Title")}
<a class="ms-addnew" href="/Lists/Announcements/AllItems.aspx">See all announcements</a></div>
<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><a href="/Board%20Documents/Forms/AllItems.aspx"><span>Board Documents</span></a></h2></div>
{listview(SP_DOCS, "Name")}
<a class="ms-addnew" href="/Board%20Documents/Forms/AllItems.aspx">See all documents</a></div></div>"""
    pages = _pages(
        shell,
        home,
        {
            "/Lists/Announcements/AllItems.aspx": (
                "Announcements - All Items",
                "<h1>Announcements</h1>" + listview(SP_ANNOUNCE, "Title"),
            ),
            "/Board%20Documents/Forms/AllItems.aspx": (
                "Board Documents - All Documents",
                "<h1>Board Documents</h1>" + listview(SP_DOCS, "Name"),
            ),
        },
    )
    return IntlSite(
        "sharepoint",
        "www.clearwaterud.gov",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Announcements", "notice", d("2024-11-22")),
                Column("Board Documents", "other", d("2024-11-15")),
            ),
            d("2024-11-22"),
            notes="Modified dates are the list's update dates; 'Last modified at 11/24/2024 ... by System Account' is the page's stamp",
        ),
        lang="en-US",
    )


# ======================================================================================
# A city on a headless CMS whose lists show relative dates only ("2 days ago"): a live
# page is rendered when it is fetched, so they count back from the scan's day (an
# item's machine date, <time datetime> or its URL's, wins where it has one)


REL_NEWS = [
    ("/news/leaf-pickup-schedule", "Curbside leaf pickup schedule", "3 hours ago"),
    ("/news/holiday-market-vendors", "Holiday market vendor applications open", "2 days ago"),
    ("/news/new-library-branch", "New library branch breaks ground", "1 week ago"),
]
REL_ALERTS = [
    ("/alerts/water-main-break-oak-st", "Water main break on Oak St", "45 minutes ago"),
    ("/alerts/road-closure-bridge", "Bridge Road closed for resurfacing", "Yesterday"),
]


def relative_dates() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | City of Hollow Brook</title>
<link rel="stylesheet" href="/_next/static/css/7a1c2e.css"></head>
<body><div id="__next"><header><a href="/">City of Hollow Brook</a>
<nav><a href="/services">Services</a> <a href="/government">Government</a> <a href="/news">News</a></nav></header>
<main>{main}</main>
<footer><p>© 2024 City of Hollow Brook</p></footer></div></body></html>
"""
    row = '<li class="feed-item"><a href="{href}">{title}</a> <span class="feed-item__age">{date}</span></li>'
    home = f"""<h1>City of Hollow Brook</h1>
<section><h2>Latest News</h2><ul>{li_rows(REL_NEWS, row)}</ul><a href="/news">All news</a></section>
<section><h2>Alerts</h2><ul>{li_rows(REL_ALERTS, row)}</ul></section>"""
    pages = _pages(
        shell, home, {"/news": ("News", "<h1>News</h1><ul>" + li_rows(REL_NEWS, row) + "</ul>")}
    )
    return IntlSite(
        "relative-dates",
        "www.hollowbrook.gov",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (Column("Latest News", "news", TODAY),),
            TODAY,
            notes="'3 hours ago' is today's, '2 days ago' two days back: read from the scan's day",
        ),
        lang="en",
    )


# ======================================================================================
# A governor's office: press releases archived by year tabs (2024 | 2023 | 2022), items
# under the year shown as "November 22" without it, executive orders


GOV_PRESS = [
    (
        "/news/governor-announces-broadband-expansion",
        "Governor Announces $40 Million Broadband Expansion",
        "November 22, 2024",
    ),
    (
        "/news/governor-signs-thanksgiving-proclamation",
        "Governor Signs Thanksgiving Proclamation",
        "November 20, 2024",
    ),
    (
        "/news/governor-appoints-judge",
        "Governor Appoints Judge to Fifth Circuit Court",
        "November 14, 2024",
    ),
]
GOV_ORDERS = [
    (
        "/executive-orders/eo-2024-19",
        "Executive Order 2024-19: Declaring a State of Emergency for Drought",
        "October 30, 2024",
    ),
    (
        "/executive-orders/eo-2024-18",
        "Executive Order 2024-18: Establishing the Housing Task Force",
        "September 12, 2024",
    ),
]


def press_archive() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Office of the Governor</title></head>
<body><header><a href="/">Office of Governor Jane Doe</a><nav><a href="/about">About</a> <a href="/news">Newsroom</a>
<a href="/executive-orders">Executive Orders</a> <a href="/contact">Contact the Governor</a></nav></header>
<main>{main}</main><footer><p>State Capitol, Room 100</p><p>© 2024 State of New Hampton</p></footer></body></html>
"""
    row = '<li><a href="{href}">{title}</a><div class="date">{date}</div></li>'
    home = f"""<h1>Governor Jane Doe</h1>
<section><h2>Press Releases</h2><ul>{li_rows(GOV_PRESS, row)}</ul><a href="/news">View all press releases</a></section>
<section><h2>Executive Orders</h2><ul>{li_rows(GOV_ORDERS, row)}</ul><a href="/executive-orders">View all executive orders</a></section>"""
    short = [(h, t, s.rsplit(",", 1)[0]) for h, t, s in GOV_PRESS]
    older = [
        ("/news/governor-vetoes-sb-112", "Governor Vetoes SB 112", "October 31"),
        ("/news/fall-harvest-proclamation", "Fall Harvest Proclamation", "September 20"),
    ]
    tabs = (
        '<ul class="year-tabs" role="tablist"><li class="active"><a href="/news?year=2024">2024</a></li>'
        '<li><a href="/news?year=2023">2023</a></li><li><a href="/news?year=2022">2022</a></li>'
        '<li><a href="/news?year=2021">2021</a></li><li><a href="/news?year=2020">2020</a></li></ul>'
    )
    pages = _pages(
        shell,
        home,
        {
            "/news": (
                "Press Releases",
                "<h1>Press Releases</h1>"
                + tabs
                + '<div class="tab-pane active"><h2>2024</h2><ul>'
                + li_rows([*short, *older], row)
                + "</ul></div>",
            ),
            "/executive-orders": (
                "Executive Orders",
                "<h1>Executive Orders</h1>"
                + tabs.replace("/news", "/executive-orders")
                + "<ul>"
                + li_rows(GOV_ORDERS, row)
                + "</ul>",
            ),
        },
    )
    return IntlSite(
        "press-archive",
        "governor.newhampton.gov",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Press Releases", "news", d("2024-11-22")),
                Column("Executive Orders", "policy", d("2024-10-30")),
            ),
            d("2024-11-22"),
            notes="the archive's year tabs are not dates of items; 'November 22' under 2024 is this year's",
        ),
        lang="en",
    )


# ======================================================================================
# A village whose news stopped two years ago; its meeting minutes go on monthly


def stale_village() -> IntlSite:
    news = [
        ("/news/new-playground-opens", "New playground opens at Memorial Park", "October 14, 2022"),
        ("/news/fall-cleanup-week", "Fall cleanup week", "September 26, 2022"),
        ("/news/water-rate-study", "Water rate study completed", "August 8, 2022"),
    ]
    minutes = [
        ("/minutes/2024-10-28-board-minutes.pdf", "Board of Trustees Minutes", "10/28/2024"),
        ("/minutes/2024-09-23-board-minutes.pdf", "Board of Trustees Minutes", "09/23/2024"),
        ("/minutes/2024-08-26-board-minutes.pdf", "Board of Trustees Minutes", "08/26/2024"),
    ]
    shell = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - Village of Millbrook</title></head>
<body><div id="top"><h1><a href="/">Village of Millbrook</a></h1><ul class="nav"><li><a href="/departments">Departments</a></li>
<li><a href="/trustees">Board of Trustees</a></li><li><a href="/forms">Forms</a></li></ul></div>
<div id="content">{main}</div><div id="bottom"><p>Village Hall, 12 Main St. Office hours Mon-Fri 9-4</p>
<p>Copyright © 2024 Village of Millbrook</p></div></body></html>
"""
    row = '<li><a href="{href}">{title}</a> - {date}</li>'
    home = f"""<div class="box"><h2>Village News</h2><ul>{li_rows(news, row)}</ul><a href="/news">More news</a></div>
<div class="box"><h2>Meeting Minutes</h2><ul>{li_rows(minutes, row)}</ul><a href="/minutes">View all</a></div>"""
    pages = _pages(
        shell,
        home,
        {
            "/news": ("News", "<h2>Village News</h2><ul>" + li_rows(news, row) + "</ul>"),
            "/minutes": (
                "Meeting Minutes",
                "<h2>Meeting Minutes</h2><ul>" + li_rows(minutes, row) + "</ul>",
            ),
        },
    )
    return IntlSite(
        "stale-village",
        "www.millbrookny.gov",
        pages,
        Truth(
            "stale",
            frozenset({"homepage_stale", "column_stale"}),
            (
                Column("Village News", "news", d("2022-10-14")),
                Column("Meeting Minutes", "other", d("2024-10-28")),
            ),
            d("2024-10-28"),
            notes="news two years old, minutes a month old: stale, not a zombie",
        ),
        lang="en",
    )


# ======================================================================================
# A tourism board abandoned in 2022: "Upcoming events" long past, a COVID banner, the
# footer's year written by the script that renders the page


def zombie_tourism() -> IntlSite:
    news = [
        ("/news/summer-season-2022", "Summer season 2022: what's open", "14 June 2022"),
        (
            "/news/harbour-festival-returns",
            "Harbour festival returns after two years",
            "3 May 2022",
        ),
        ("/news/covid-update-march-2022", "COVID-19 update: restrictions lifted", "24 March 2022"),
    ]
    events = [
        ("/events/harbour-festival-2022", "Harbour Festival", "Saturday 16 July 2022"),
        ("/events/lantern-parade-2022", "Lantern Parade", "Friday 28 October 2022"),
    ]
    shell = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{title} | Visit Old Harbour</title></head>
<body><div class="covid-banner"><p>COVID-19: please check with venues before you travel. <a href="/covid">Latest guidance</a></p></div>
<header><a href="/">Visit Old Harbour</a><nav><a href="/see-and-do">See &amp; do</a> <a href="/stay">Where to stay</a> <a href="/events">What's on</a></nav></header>
<main>{main}</main><footer><p>© 2024 Old Harbour Tourism Partnership</p></footer></body></html>
"""
    row = '<li><a href="{href}">{title}</a><p class="date">{date}</p></li>'
    home = f"""<h1>Discover Old Harbour</h1>
<section><h2>Latest news</h2><ul>{li_rows(news, row)}</ul><a href="/news">See all news</a></section>
<section><h2>Upcoming events</h2><ul>{li_rows(events, row)}</ul><a href="/events">See all events</a></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/news": ("News", "<h1>News</h1><ul>" + li_rows(news, row) + "</ul>"),
            "/events": ("What's on", "<h1>What's on</h1><ul>" + li_rows(events, row) + "</ul>"),
        },
    )
    return IntlSite(
        "zombie-tourism",
        "www.visitoldharbour.org.uk",
        pages,
        Truth(
            "zombie",
            frozenset({"homepage_stale", "abandoned", "column_stale"}),
            (
                Column("Latest news", "news", d("2022-06-14")),
                Column("Upcoming events", "other", d("2022-10-28")),
            ),
            d("2022-10-28"),
            notes="'Upcoming events' of 2022 are past: the newest thing on the site",
        ),
        lang="en-GB",
    )


# ======================================================================================
# A public library hit by the Japanese keyword hack: a hidden block of links to
# counterfeit-goods pages planted on the site (Japanese text only), fresh news otherwise


def hijacked_library() -> IntlSite:
    news = [
        ("/news/holiday-hours", "Holiday hours at all branches", "November 21, 2024"),
        (
            "/news/winter-reading-challenge",
            "Winter Reading Challenge starts December 1",
            "November 18, 2024",
        ),
    ]
    spam = [
        ("/?p=jp8812", "ルイヴィトン 財布 スーパーコピー 激安通販"),
        ("/?p=jp8813", "ロレックス スーパーコピー 代引き 日本国内発送"),
        ("/?p=jp8814", "グッチ バッグ 偽物 n級品 専門店"),
        ("/?p=jp8815", "シャネル コピー 激安 ブランドコピー 販売"),
        (
            "https://www.brand-copy-shop.example.jp/",
            "スーパーコピー ブランド 専門店 【2024年最新作】",
        ),
    ]
    spam_links = "".join(f'<a href="{h}">{t}</a> ' for h, t in spam)
    shell = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Lakeville Public Library</title></head>
<body><header><a href="/">Lakeville Public Library</a><nav><a href="/catalog">Catalog</a> <a href="/events">Events</a>
<a href="/kids">Kids &amp; Teens</a> <a href="/about">About</a></nav></header>
<main>{main}</main><footer><p>Lakeville Public Library, 88 Lake St.</p><p>© 2024 Lakeville Public Library</p></footer></body></html>
"""
    row = '<li><a href="{href}">{title}</a> <span class="date">{date}</span></li>'
    home = f"""<h1>Welcome to your library</h1>
<section><h2>Library News</h2><ul>{li_rows(news, row)}</ul><a href="/news">More news</a></section>
<div style="position:absolute;left:-9999px;top:-9999px">{spam_links}</div>"""
    pages = _pages(
        shell, home, {"/news": ("News", "<h1>Library News</h1><ul>" + li_rows(news, row) + "</ul>")}
    )
    return IntlSite(
        "hijacked-library",
        "www.lakevillelibrary.org",
        pages,
        Truth(
            "hijacked",
            frozenset(),
            (Column("Library News", "news", d("2024-11-21")),),
            d("2024-11-21"),
            notes="Japanese keyword hack: counterfeit brand-goods links hidden off-screen",
        ),
        lang="en",
    )


def all_sites() -> list[IntlSite]:
    return [
        us_county(),
        uk_borough(),
        au_state(),
        ca_town(),
        in_state(),
        university(),
        ngo_wordpress(),
        drupal_agency(),
        sharepoint(),
        relative_dates(),
        press_archive(),
        stale_village(),
        zombie_tourism(),
        hijacked_library(),
    ]
