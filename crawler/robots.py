"""robots.txt: which pages beyond the homepage a site lets us read, and how slowly.

The homepage itself is always visited: judging it is the inspection, and one visit
per scan is what any browser does. Column pages and links obey robots.txt when
`respect_robots` is on, and its Crawl-delay is enforced between them (Scrapy parses
Crawl-delay but ignores it; we do not). A robots.txt that is missing, broken or
unreachable allows everything, as the RFC 9309 says for 4xx.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.robotparser import RobotFileParser

from yarl import URL

from crawler.config import CrawlerSettings
from crawler.fetch import Fetcher

MAX_ROBOTS_BYTES = 512_000
# A Crawl-delay longer than this is cut to it, so one site cannot hold a scan for hours.
MAX_CRAWL_DELAY = 30.0


@dataclass(frozen=True)
class RobotsPolicy:
    parser: RobotFileParser | None
    agent: str
    crawl_delay: float = 0.0

    def allows(self, url: str) -> bool:
        return self.parser is None or self.parser.can_fetch(self.agent, url)


ALLOW_ALL = RobotsPolicy(None, "*")


def parse_robots(text: str, agent: str) -> RobotsPolicy:
    parser = RobotFileParser()
    lines = text.splitlines()
    parser.parse(lines)
    delay = crawl_delay(lines, agent)
    return RobotsPolicy(parser, agent, min(delay, MAX_CRAWL_DELAY) if delay else 0.0)


def crawl_delay(lines: list[str], agent: str) -> float | None:
    """Crawl-delay for `agent` (its own group first, else `*`). urllib.robotparser
    takes whole seconds only; `Crawl-delay: 0.5` is common and meant."""
    delays: dict[str, float] = {}
    agents: list[str] = []
    in_rules = False
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        key, _, value = line.partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(value.lower())
        elif key in ("allow", "disallow"):
            in_rules = True
        elif key == "crawl-delay":
            in_rules = True
            try:
                seconds = float(value)
            except ValueError:
                continue
            for name in agents:
                delays.setdefault(name, seconds)
    wanted = agent.lower()
    for name, seconds in delays.items():
        if name != "*" and name in wanted:
            return seconds
    return delays.get("*")


def robots_agent(user_agent: str) -> str:
    """The product token robots.txt groups are matched against."""
    return "site-health" if "site-health" in user_agent else user_agent.split("/")[0].strip()


async def fetch_robots(fetcher: Fetcher, site_url: str, settings: CrawlerSettings) -> RobotsPolicy:
    robots_url = str(URL(site_url).with_path("/robots.txt").with_query(None).with_fragment(None))
    quick = replace(settings, retries=0, max_page_bytes=MAX_ROBOTS_BYTES)
    record = await fetcher.fetch(robots_url, quick)
    if record.error_kind is not None or record.http_status != 200:
        return ALLOW_ALL
    text = record.body.decode("utf-8", "replace")
    if "<html" in text[:500].lower():
        return ALLOW_ALL  # a soft-404 page, not a robots.txt
    return parse_robots(text, robots_agent(settings.user_agent))
