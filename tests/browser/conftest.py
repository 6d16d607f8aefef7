"""Headless Chromium through selenium and Debian's chromedriver; skips when either is absent.

Screenshots go to ``out/screenshots/`` at the repository root (git-ignored);
each test prints where it saved one.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "out" / "screenshots"
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1280,1600",
)


def _binaries() -> tuple[str, str]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("chromium/chromedriver absent: apt-get install -y chromium chromium-driver")
    return chromium, driver


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed")
    from selenium.webdriver.chrome.service import Service

    chromium, driver_path = _binaries()
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    drv = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()


@pytest.fixture
def screenshot(browser):
    def save(name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        browser.save_screenshot(str(path))
        print(f"screenshot: {path}")
        return path
    return save


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from report.corpus import make_store

    return make_store(tmp_path_factory.mktemp("browser") / "corpus.duckdb")


@pytest.fixture(scope="module")
def server(db):
    from dateline.serve import make_server

    srv = make_server(db)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()
