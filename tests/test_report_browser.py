"""The HTML report in a real browser: headless Chromium renders it, screenshots it at desktop
and phone sizes, and dumps the DOM it built.

Skipped when Chromium is not installed (.ci/run installs Debian's chromium).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from monitor.formatting import percent
from monitor.labels import labels_for
from monitor.render_html import format_html
from tests.report_samples import sample_report

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _chromium() -> str:
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("chromium not installed; .ci/run installs Debian's chromium")
    return found


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        *args,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "report.html"
    path.write_text(format_html(sample_report(), labels_for("en")), encoding="utf-8")
    return path


@pytest.mark.parametrize(("size", "name"), [("1280,2400", "report.png"), ("390,2000", "phone.png")])
def test_screenshot(tmp_path: Path, report_file: Path, size: str, name: str) -> None:
    shot = tmp_path / name
    _run(tmp_path, f"--window-size={size}", f"--screenshot={shot}", report_file.as_uri())
    assert shot.exists()
    data = shot.read_bytes()
    assert data.startswith(PNG_MAGIC)
    assert len(data) > 20_000  # a rendered page, not a blank one
    width = int.from_bytes(data[16:20], "big")
    assert width == int(size.split(",")[0])


def test_dumped_dom(tmp_path: Path, report_file: Path) -> None:
    report = sample_report()
    dom = _run(tmp_path, "--window-size=1280,2400", "--dump-dom", report_file.as_uri()).stdout
    assert f'id="pass-rate">{percent(report.headline.pass_rate)}</span>' in dom
    assert f'id="sites-checked">{report.headline.checked}</span>' in dom
    assert dom.count("<svg") >= 2 + len(report.groups)
    assert 'id="trends"' in dom
    # The hostile title stayed text: the browser built no script element from it.
    assert "<script" not in dom.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
