"""The report and the web app in headless Chromium: events listed, filters narrow,
links work, and script payloads in articles show as text and never run."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from report.corpus import XSS_ACTOR, XSS_SENTENCE

pytest.importorskip("selenium", reason="selenium not installed")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

TITLE = "Corpus report"


ALL = ["ACCUSE", "ACCUSE", "CONSULT", "PROTEST", "ASSAULT", "AID"]


def _assert_denial_block(box):
    """The 'sources disagree' block: each claim with its source, article date, sentence."""
    (block,) = box.find_elements(By.CSS_SELECTOR, ".disagree")
    assert block.get_attribute("data-kind") == "denial"
    assert "sources disagree on whether it happened" in block.text
    claims = block.find_elements(By.CSS_SELECTOR, ".claim")
    assert [c.find_element(By.CSS_SELECTOR, ".claim-value").text for c in claims] == [
        "asserted", "denied"]
    assert "Wire One" in claims[0].text and "article date 2024-01-17" in claims[0].text
    assert "Blog Three" in claims[1].text and "article date 2024-01-18" in claims[1].text
    assert [c.find_element(By.CSS_SELECTOR, ".sentence").text for c in claims] == [
        "Monday Acme Corp sued Globex over the patent.",
        "Monday Acme Corp did not sue Globex, a spokesman said."]
    assert [m.text for m in block.find_elements(By.TAG_NAME, "mark")] == ["sued", "sue"]


def _wait_rendered(browser):
    WebDriverWait(browser, 20).until(
        lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-shown") is not None)


def _shown(browser) -> list[str]:
    return [e.get_attribute("data-type") for e in browser.find_elements(By.CSS_SELECTOR, ".event")]


def _no_payload_ran(browser, title: str) -> None:
    assert browser.execute_script("return typeof window.__xss") == "undefined"
    assert browser.title == title
    assert browser.find_elements(By.TAG_NAME, "img") == []


@pytest.fixture
def report_url(store_file):
    return store_file.as_uri()


@pytest.fixture(scope="module")
def store_file(db, tmp_path_factory):
    from dateline.report import write_report
    from dateline.store import Store

    with Store(db, read_only=True) as st:
        return write_report(st, tmp_path_factory.mktemp("html") / "timeline.html", title=TITLE)


def test_report_lists_and_filters_events(browser, report_url, screenshot):
    browser.get(report_url)
    _wait_rendered(browser)
    assert _shown(browser) == ALL
    report, denial = browser.find_elements(By.CSS_SELECTOR, ".event")[:2]
    assert [m.text for m in report.find_elements(By.CSS_SELECTOR, ".sources mark")] == ["sued"]
    assert [m.text for m in denial.find_elements(By.CSS_SELECTOR, ".sources mark")] == ["sue"]
    assert "article date suspicious" in denial.text and "negated" in denial.text
    for box in (report, denial):  # both sides show the same disagreement, claim by claim
        _assert_denial_block(box)
    screenshot("report-all")

    toggle = browser.find_element(By.ID, "f-disagree")
    toggle.click()
    assert _shown(browser) == ["ACCUSE", "ACCUSE"]
    toggle.click()
    Select(browser.find_element(By.ID, "f-type")).select_by_value("ACCUSE")
    assert _shown(browser) == ["ACCUSE", "ACCUSE"]
    Select(browser.find_element(By.ID, "f-type")).select_by_value("")
    Select(browser.find_element(By.ID, "f-entity")).select_by_value("Globex")
    assert _shown(browser) == ["ACCUSE", "ACCUSE", "CONSULT", "AID"]
    box = browser.find_element(By.ID, "f-search")
    box.send_keys("geneva")
    assert _shown(browser) == ["CONSULT"]
    screenshot("report-filtered")
    box.clear()
    box.send_keys("x")  # clear() fires no input event; type and delete instead
    box.send_keys("\b")
    Select(browser.find_element(By.ID, "f-entity")).select_by_value("")
    assert len(_shown(browser)) == 6


def test_report_links_only_to_http_sources(browser, report_url):
    browser.get(report_url)
    _wait_rendered(browser)
    hrefs = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "a")]
    assert "https://example.org/a?x=1&y=2" in hrefs
    assert not any(h and h.startswith("javascript:") for h in hrefs)


def test_script_payloads_in_the_report_show_as_text(browser, report_url, screenshot):
    browser.get(report_url)
    _wait_rendered(browser)
    _no_payload_ran(browser, TITLE)
    body = browser.find_element(By.TAG_NAME, "body").text
    assert XSS_SENTENCE in body and XSS_ACTOR in body
    assert "onerror=\"window.__xss=1;document.title='pwned'\"" in body
    screenshot("report-xss")


def test_time_axis_zooms_from_years_to_months(browser, tmp_path, screenshot):
    from dateline.report import write_report

    start = date(2021, 1, 1)
    entries = [
        {"date": (start + timedelta(days=70 * i)).isoformat(),
         "date_start": (start + timedelta(days=70 * i)).isoformat(),
         "date_end": (start + timedelta(days=70 * i)).isoformat(),
         "type": ("AID", "PROTEST")[i % 2], "trigger": "did", "actor": f"Actor {i % 3}",
         "sources": [{"article_id": f"a{i}", "event_id": "e1", "sentence": "Someone did it.",
                      "trigger": "did"}]}
        for i in range(30)
    ]
    out = write_report(entries, tmp_path / "zoom.html", title="Zoom")
    browser.get(out.as_uri())
    _wait_rendered(browser)
    summary = browser.find_element(By.ID, "summary")
    assert "by year" in summary.text and len(_shown(browser)) == 30
    bars = {b.get_attribute("data-bucket"): b
            for b in browser.find_elements(By.CSS_SELECTOR, ".bar")}
    assert set(bars) == {str(y) for y in range(2021, 2027)}  # 2021-01 .. 2026-07
    bars["2022"].click()
    assert "by month" in summary.text
    in_2022 = [s for s in (start + timedelta(days=70 * i) for i in range(30)) if s.year == 2022]
    assert len(_shown(browser)) == len(in_2022)
    groups = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".group h2")]
    assert groups and all(g.startswith("2022-") for g in groups)
    screenshot("report-zoomed")
    browser.find_element(By.ID, "z-reset").click()
    assert len(_shown(browser)) == 30


def test_served_app_lists_events_and_links_to_articles(browser, server, screenshot):
    browser.get(server.url)
    _wait_rendered(browser)
    assert _shown(browser) == ALL
    _assert_denial_block(browser.find_elements(By.CSS_SELECTOR, ".event")[1])
    link = browser.find_element(By.CSS_SELECTOR, ".disagree a.source-link")
    assert link.get_attribute("href").endswith("/article/wire-1#e-e1")
    Select(browser.find_element(By.ID, "f-type")).select_by_value("PROTEST")
    assert _shown(browser) == ["PROTEST"]
    screenshot("serve-timeline")
    browser.find_element(By.CSS_SELECTOR, ".event a.source-link").click()
    WebDriverWait(browser, 20).until(lambda d: "/article/paper-2" in d.current_url)
    mark = browser.find_element(By.ID, "e-e1")
    assert mark.text == "protested" and "ann-event" in mark.get_attribute("class")
    assert "contradicted" in browser.find_element(By.ID, "warning").text
    screenshot("serve-article")


def test_script_payloads_in_served_pages_show_as_text(browser, server):
    browser.get(server.url + "article/evil-4")
    WebDriverWait(browser, 20).until(lambda d: d.find_element(By.ID, "text").text)
    _no_payload_ran(browser, browser.execute_script(
        "return JSON.parse(document.getElementById('dateline-data').textContent).title"))
    assert browser.find_element(By.ID, "text").text == XSS_SENTENCE
    browser.get(server.url)
    _wait_rendered(browser)
    _no_payload_ran(browser, "dateline timeline")
    assert XSS_SENTENCE in browser.find_element(By.TAG_NAME, "body").text


def test_a_stray_old_date_stays_visible_beside_the_busy_years(browser, tmp_path):
    from dateline.report import write_report

    def entry(value, start, end):
        return {"date": value, "date_start": start, "date_end": end, "type": "AID",
                "trigger": "sent", "actor": "Someone",
                "sources": [{"article_id": value, "event_id": "e1", "trigger": "sent",
                             "sentence": "Someone sent aid."}]}

    entries = [entry("1653", "1653-01-01", "1653-12-31"),
               *(entry(f"2010-0{m}-10", f"2010-0{m}-10", f"2010-0{m}-10") for m in range(1, 8)),
               entry("2011-02-01", "2011-02-01", "2011-02-01")]
    out = write_report(entries, tmp_path / "outlier.html", title="Outlier")
    browser.get(out.as_uri())
    _wait_rendered(browser)
    buckets = [b.get_attribute("data-bucket")
               for b in browser.find_elements(By.CSS_SELECTOR, "#axis .bar")]
    assert buckets == ["1653", "2010", "2011"]
    assert len(browser.find_elements(By.CSS_SELECTOR, "#axis .gap")) == 1
    heads = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".group h2")]
    assert heads[0] == "1653"  # a year-only event is not put on 1653-01


def test_script_payloads_in_a_disagreement_show_as_text(browser, tmp_path):
    from dateline.report import write_report

    def entry(negated, article, source):
        return {"date": "2024-05-01", "date_start": "2024-05-01", "date_end": "2024-05-01",
                "type": "ASSAULT", "trigger": "attacked", "actor": XSS_ACTOR, "target": "depot",
                "negated": negated,
                "sources": [{"article_id": article, "event_id": "e1", "trigger": "attacked",
                             "sentence": XSS_SENTENCE, "source": source, "negated": negated}]}

    out = write_report([entry(False, "a1", "<b>Wire</b>"), entry(True, "a2", "Blog")],
                       tmp_path / "xss-dis.html", title="XSS")
    browser.get(out.as_uri())
    _wait_rendered(browser)
    _no_payload_ran(browser, "XSS")
    blocks = browser.find_elements(By.CSS_SELECTOR, ".disagree")
    assert len(blocks) == 2  # on the report and on its denial
    claims = blocks[0].find_elements(By.CSS_SELECTOR, ".claim")
    assert [c.find_element(By.CSS_SELECTOR, ".sentence").text for c in claims] == [
        XSS_SENTENCE, XSS_SENTENCE]
    assert "<b>Wire</b>" in claims[0].text and claims[0].find_elements(By.TAG_NAME, "b") == []


def test_a_redated_article_shows_both_dates_in_the_report_and_its_page(browser, tmp_path,
                                                                      screenshot):
    """run --reanchor re-dated paper-2 (stated 2024-02-03): ↻ with both dates, no ⚠."""
    import threading

    from report.corpus import make_redated_store

    from dateline.report import write_report
    from dateline.serve import make_server
    from dateline.store import Store

    note = ("re-dated by its content: the article states 2024-02-03, "
            "its content dates it 2024-02-05")
    db = make_redated_store(tmp_path / "redated.duckdb")
    with Store(db, read_only=True) as st:
        out = write_report(st, tmp_path / "redated.html", title=TITLE)
    browser.get(out.as_uri())
    _wait_rendered(browser)
    box = next(b for b in browser.find_elements(By.CSS_SELECTOR, ".event")
               if b.get_attribute("data-type") == "PROTEST")
    assert [n.text for n in box.find_elements(By.CSS_SELECTOR, ".redated")] == [
        "\u21bb " + note, "\u21bb " + note]  # the entry's note and its source's
    assert "\u26a0" not in box.text and "article date 2024-02-05" in box.text
    screenshot("report-redated")
    srv = make_server(db)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        browser.get(srv.url + "article/paper-2")
        WebDriverWait(browser, 20).until(lambda d: d.find_element(By.ID, "text").text)
        warning = browser.find_element(By.ID, "warning").text
        assert warning.startswith("\u21bb " + note) and "\u26a0" not in warning
        assert "made-up evidence" in warning  # what contradicted the stated date stays
    finally:
        srv.shutdown()
        srv.server_close()


def test_sources_from_one_feed_are_named_by_their_records(browser, tmp_path):
    from dateline.report import write_report

    def src(article_id):
        return {"article_id": article_id, "event_id": "e1", "trigger": "walked out",
                "source": "Harbour Wire", "path": "/data/feeds/wires.jsonl",
                "dct": "2024-02-06", "sentence": "Dockers walked out."}

    entry = {"date": "2024-02-06", "date_start": "2024-02-06", "date_end": "2024-02-06",
             "type": "PROTEST", "trigger": "walked out",
             "sources": [src("w-3:0f3c"), src("w-4:1a2b")]}
    out = write_report([entry], tmp_path / "feed.html", title="Feed")
    browser.get(out.as_uri())
    _wait_rendered(browser)
    names = [n.text for n in browser.find_elements(By.CSS_SELECTOR, ".sources .source-title")]
    assert names == ["wires.jsonl #w-3", "wires.jsonl #w-4"]
