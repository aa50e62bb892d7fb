"""Fetching against a real HTTP server on 127.0.0.1: every failure leaves earlier data intact."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas
from werkzeug import Response

from pipeline.fetch import FetchSettings
from pipeline.refresh import refresh_source
from pipeline.sources import load_sources
from pipeline.store import LockedError, RawStore, data_lock

from .conftest import JAN_2022_PDF

PDF = JAN_2022_PDF.read_bytes()
FAST = FetchSettings(connect_timeout=2, read_timeout=1, retries=2, backoff=0.05)


def make_source(tmp_path: Path, url: str, mirrors=()):
    text = f"""sources:
  - id: test-list
    title: A list served locally
    publisher: the test
    url: {url}
    mirrors: [{", ".join(mirrors)}]
    format: pdf
    release_date: document
"""
    (tmp_path / "sources.yaml").write_text(text)
    return load_sources(tmp_path / "sources.yaml")[0]


def tree_digest(data: Path) -> dict[str, str]:
    return {str(p.relative_to(data)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(data.rglob("*")) if p.is_file() and not p.name.startswith(".lock")}


@pytest.fixture
def good(httpserver, tmp_path):
    """A data dir with one good raw file and its snapshot, fetched from the local server."""
    httpserver.expect_oneshot_request("/list.pdf").respond_with_data(PDF, content_type="application/pdf", headers={"ETag": '"v1"'})
    source = make_source(tmp_path, httpserver.url_for("/list.pdf"))
    data = tmp_path / "data"
    outcome = refresh_source(source, data, fetch_settings=FAST)
    assert (outcome.status, outcome.raw, outcome.rows) == ("new", "downloaded", 790)
    httpserver.clear()
    return source, data, tree_digest(data)


def refresh_again(source, data, settings=FAST):
    return refresh_source(source, data, fetch_settings=settings)


def test_not_modified_by_etag(httpserver, good):
    source, data, before = good
    httpserver.expect_oneshot_request("/list.pdf", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    outcome = refresh_again(source, data)
    assert (outcome.status, outcome.raw, outcome.rows) == ("unchanged", "not modified", 790)
    assert tree_digest(data) == before


def test_same_bytes_are_unchanged_whatever_the_server_says(httpserver, good):
    source, data, before = good
    httpserver.expect_request("/list.pdf").respond_with_data(PDF, content_type="application/pdf", headers={"ETag": '"v2"'})
    outcome = refresh_again(source, data)
    assert (outcome.status, outcome.raw) == ("unchanged", "not modified")
    entries = RawStore(data, source.id).entries()
    assert len(entries) == 1 and entries[0].etag == '"v2"'  # one file, its validators refreshed
    after = tree_digest(data)
    assert {k: v for k, v in after.items() if not k.endswith("manifest.json")} == {k: v for k, v in before.items() if not k.endswith("manifest.json")}


def test_server_errors_then_success_are_retried(httpserver, tmp_path):
    calls = []

    def flaky(request):
        calls.append(time.monotonic())
        return Response("busy", status=500) if len(calls) <= 2 else Response(PDF, content_type="application/pdf")

    httpserver.expect_request("/list.pdf").respond_with_handler(flaky)
    source = make_source(tmp_path, httpserver.url_for("/list.pdf"))
    outcome = refresh_source(source, tmp_path / "data", fetch_settings=FAST)
    assert (outcome.status, outcome.raw, outcome.rows, len(calls)) == ("new", "downloaded", 790, 3)


def test_429_honours_retry_after(httpserver, tmp_path):
    calls = []

    def limited(request):
        calls.append(time.monotonic())
        if len(calls) == 1:
            return Response("slow down", status=429, headers={"Retry-After": "1"})
        return Response(PDF, content_type="application/pdf")

    httpserver.expect_request("/list.pdf").respond_with_handler(limited)
    source = make_source(tmp_path, httpserver.url_for("/list.pdf"))
    outcome = refresh_source(source, tmp_path / "data", fetch_settings=FAST)
    assert outcome.status == "new"
    assert calls[1] - calls[0] >= 0.95


def test_redirect_to_a_mirror(httpserver, tmp_path):
    httpserver.expect_request("/moved.pdf").respond_with_data("", status=302, headers={"Location": httpserver.url_for("/mirror/list.pdf")})
    httpserver.expect_request("/mirror/list.pdf").respond_with_data(PDF, content_type="application/pdf")
    source = make_source(tmp_path, httpserver.url_for("/moved.pdf"))
    outcome = refresh_source(source, tmp_path / "data", fetch_settings=FAST)
    assert outcome.status == "new"
    assert RawStore(tmp_path / "data", source.id).latest().url.endswith("/mirror/list.pdf")


def test_declared_mirror_is_tried_when_the_url_fails(httpserver, tmp_path):
    httpserver.expect_request("/gone.pdf").respond_with_data("not here", status=404)
    httpserver.expect_request("/mirror.pdf").respond_with_data(PDF, content_type="application/pdf")
    source = make_source(tmp_path, httpserver.url_for("/gone.pdf"), [httpserver.url_for("/mirror.pdf")])
    outcome = refresh_source(source, tmp_path / "data", fetch_settings=FAST)
    assert (outcome.status, outcome.rows) == ("new", 790)


def encrypted_pdf() -> bytes:
    import io

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, encrypt="secret")
    c.drawString(72, 720, "S. No. State District Product")
    c.save()
    return buffer.getvalue()


def slow(request):
    time.sleep(1.3)  # longer than the read timeout; short, as the test server answers one request at a time
    return Response(PDF, content_type="application/pdf")


FAILURES = {
    "404": (lambda s: s.respond_with_data("Not Found", status=404), "HTTP 404"),
    "500 always": (lambda s: s.respond_with_data("oops", status=500), "HTTP 500 INTERNAL SERVER ERROR (after 2 retries)"),
    "slower than the timeout": (lambda s: s.respond_with_handler(slow), "timed out"),
    "HTML page with 200": (lambda s: s.respond_with_data("<!DOCTYPE html><html><head><title>Login required</title></head></html>",
                                                         content_type="text/html"), 'HTML page, not a PDF (title "Login required")'),
    "body cut short": (lambda s: s.respond_with_handler(lambda r: Response(iter([PDF[:1000]]), headers={"Content-Length": str(len(PDF))})),
                       "broke off"),
    "empty body": (lambda s: s.respond_with_data(b"", content_type="application/pdf"), "empty response body"),
    "not a PDF": (lambda s: s.respond_with_data(b"\x89PNG\r\n\x1a\n" + bytes(2000), content_type="application/pdf"), "expected a PDF file"),
    "corrupt PDF": (lambda s: s.respond_with_data(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"), "not a readable PDF"),
    "encrypted PDF": (lambda s: s.respond_with_data(encrypted_pdf()), "encrypted"),
    "truncated PDF": (lambda s: s.respond_with_data(PDF[: len(PDF) // 2]), "truncated"),
}


@pytest.mark.parametrize("case", FAILURES)
def test_failure_keeps_earlier_data(httpserver, good, case):
    source, data, before = good
    respond, cause = FAILURES[case]
    respond(httpserver.expect_request("/list.pdf"))
    outcome = refresh_again(source, data)
    # the cached good copy is still current: its snapshot stays, and the reason is given
    assert (outcome.status, outcome.raw) == ("unchanged", "from cache"), outcome
    assert httpserver.url_for("/list.pdf") in outcome.note and cause in outcome.note, outcome.note
    assert tree_digest(data) == before


@pytest.mark.parametrize("case", ["404", "HTML page with 200", "corrupt PDF"])
def test_failure_without_cache_is_reported(httpserver, tmp_path, case):
    respond, cause = FAILURES[case]
    respond(httpserver.expect_request("/list.pdf"))
    source = make_source(tmp_path, httpserver.url_for("/list.pdf"))
    outcome = refresh_source(source, tmp_path / "data", fetch_settings=FAST)
    assert outcome.status == "failed" and cause in outcome.note
    assert not list((tmp_path / "data").rglob("*.pdf"))


def test_body_over_the_size_cap(httpserver, good):
    source, data, before = good
    httpserver.expect_request("/list.pdf").respond_with_data(PDF + b" ", content_type="application/pdf")
    capped = FetchSettings(**{**FAST.__dict__, "max_bytes": 100_000})
    outcome = refresh_again(source, data, capped)
    assert "over the size cap of 100,000" in outcome.note
    assert tree_digest(data) == before


def test_a_second_refresh_waits_for_the_lock(tmp_path):
    from pipeline.refresh import refresh

    with data_lock(tmp_path / "data"):
        with pytest.raises(LockedError, match=r"being refreshed by pid \d+"):
            refresh([], tmp_path / "data", lock_wait=0.2)


def test_new_bytes_with_an_existing_release_date_never_touch_the_snapshot(httpserver, good):
    source, data, before = good
    changed = PDF + b"\n"  # same document date, different sha256
    httpserver.expect_request("/list.pdf").respond_with_data(changed, content_type="application/pdf")
    outcome = refresh_again(source, data)
    assert outcome.status == "failed"
    assert "release date 2022-01-24 of an existing snapshot" in outcome.note
    after = tree_digest(data)
    kept = [k for k in before if "snapshots" in k or k.endswith(".pdf")]
    assert {k: after[k] for k in kept} == {k: before[k] for k in kept}
    assert {k for k in after if "snapshots" in k} == {k for k in before if "snapshots" in k}
    assert len(RawStore(data, source.id).entries()) == 2  # the new file is kept for a later decision
