"""End-to-end scans against the farm: every site's outcome is data, the scan finishes."""

from __future__ import annotations

from datetime import datetime

from crawler.clock import utc_now
from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests.farm import Farm


async def test_scan_classifies_every_farm_site(farm: tuple[Farm, int], make_config) -> None:
    server, port = farm
    config = make_config(port)
    names = ["ok", "slow", "hang", "err500", "notfound", "loop", "big", "gbk", "ratelimit"]
    sites = [Site(server.url(n), name=n, group="farm") for n in names]
    sites += [Site("http://refused.test/", name="refused"), Site("http://nowhere.example/")]

    outcome = await run_scan(config, sites, depth="home")

    db = open_database(config.database_path, create=False)
    records = {r["url"]: r for r in iter_result_records(db, outcome.scan_id)}
    assert len(records) == len(sites)
    expect = {
        "ok": ("healthy", None),
        "slow": ("healthy", None),
        "hang": ("unreachable", "timeout"),
        "err500": ("unreachable", "http_5xx"),
        "notfound": ("unreachable", "http_4xx"),
        "loop": ("unreachable", "redirect_loop"),
        "big": ("healthy", "too_large"),
        "gbk": ("healthy", None),
        "ratelimit": ("healthy", None),
    }
    for name, (status, kind) in expect.items():
        record = records[server.url(name)]
        assert (record["status"], record["error_kind"]) == (status, kind), name
    assert records["http://refused.test/"]["error_kind"] == "connect"
    assert records["http://nowhere.example/"]["error_kind"] == "dns"
    assert [f["code"] for f in records[server.url("slow")]["findings"]] == ["slow"]
    assert records[server.url("gbk")]["title"] == "北京市朝阳区人民政府"
    assert outcome.counts["unreachable"] == 6
    assert outcome.counts["healthy"] == 5
    checked = datetime.fromisoformat(records[server.url("ok")]["checked_at"])
    assert checked.tzinfo is not None and checked <= utc_now()
