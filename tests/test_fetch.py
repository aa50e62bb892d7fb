"""Fetching against a real HTTP server on 127.0.0.1: every failure leaves earlier data intact."""

from __future__ import annotations

import hashlib
import os
import socket
import time
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas
from werkzeug import Response

from pipeline.fetch import FetchSettings
from pipeline.refresh import refresh_source
from pipeline.sources import load_sources
from pipeline.store import LockedError, RawStore, data_lock

from .conftest import real_file

FAST = FetchSettings(connect_timeout=2, read_timeout=1, retries=2, backoff=0.05)


def make_source(tmp_path: Path, url: str, mirrors=(), sha256=None):
    text = f"""sources:
  - id: test-list
    title: A list served locally
    publisher: the test
    url: {url}
    mirrors: [{", ".join(mirrors)}]
    format: pdf
    release_date: document
""" + (f"    sha256: {sha256}\n" if sha256 else "")
    (tmp_path / "sources.yaml").write_text(text)
    return load_sources(tmp_path / "sources.yaml")[0]


def tree_digest(data: Path) -> dict[str, str]:
    return {str(p.relative_to(data)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(data.rglob("*")) if p.is_file() and not p.name.startswith(".lock")}


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return real_file("odop-2022-01").read_bytes()


@pytest.fixture
def good(httpserver, tmp_path, pdf, places):
    """A data dir with one good raw file and its snapshot, fetched from the local server."""
    httpserver.expect_oneshot_request("/list.pdf").respond_with_data(pdf, content_type="application/pdf", headers={"ETag": '"v1"'})
    source = make_source(tmp_path, httpserver.url_for("/list.pdf"))
    data = tmp_path / "data"
    outcome = refresh_source(source, data, places, fetch_settings=FAST)
    assert (outcome.status, outcome.raw, outcome.rows) == ("new", "downloaded", 790)
    httpserver.clear()
    return source, data, tree_digest(data), places


def refresh_again(good, settings=FAST):
    source, data, _, places = good
    return refresh_source(source, data, places, fetch_settings=settings)


def test_not_modified_by_etag(httpserver, good):
    source, data, before, _ = good
    httpserver.expect_oneshot_request("/list.pdf", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    outcome = refresh_again(good)
    assert (outcome.status, outcome.raw, outcome.rows) == ("unchanged", "not modified", 790)
    assert tree_digest(data) == before


def test_same_bytes_are_unchanged_whatever_the_server_says(httpserver, good, pdf):
    source, data, before, _ = good
    httpserver.expect_request("/list.pdf").respond_with_data(pdf, content_type="application/pdf", headers={"ETag": '"v2"'})
    outcome = refresh_again(good)
    assert (outcome.status, outcome.raw) == ("unchanged", "not modified")
    entries = RawStore(data, source.id).entries()
    assert len(entries) == 1 and entries[0].etag == '"v2"'  # one file, its validators refreshed
    after = tree_digest(data)
    assert {k: v for k, v in after.items() if not k.endswith("manifest.json")} == {k: v for k, v in before.items() if not k.endswith("manifest.json")}


def test_server_errors_then_success_are_retried(httpserver, tmp_path, pdf, places):
    calls = []

    def flaky(request):
        calls.append(time.monotonic())
        return Response("busy", status=500) if len(calls) <= 2 else Response(pdf, content_type="application/pdf")

    httpserver.expect_request("/list.pdf").respond_with_handler(flaky)
    source = make_source(tmp_path, httpserver.url_for("/list.pdf"))
    outcome = refresh_source(source, tmp_path / "data", places, fetch_settings=FAST)
    assert (outcome.status, outcome.raw, outcome.rows, len(calls)) == ("new", "downloaded", 790, 3)


def test_429_honours_retry_after(httpserver, tmp_path, pdf, places):
    calls = []

    def limited(request):
        calls.append(time.monotonic())
        if len(calls) == 1:
            return Response("slow down", status=429, headers={"Retry-After": "1"})
        return Response(pdf, content_type="application/pdf")

    httpserver.expect_request("/list.pdf").respond_with_handler(limited)
    source = make_source(tmp_path, httpserver.url_for("/list.pdf"))
    outcome = refresh_source(source, tmp_path / "data", places, fetch_settings=FAST)
    assert outcome.status == "new"
    assert calls[1] - calls[0] >= 0.95


def test_redirect_to_a_mirror(httpserver, tmp_path, pdf, places):
    httpserver.expect_request("/moved.pdf").respond_with_data("", status=302, headers={"Location": httpserver.url_for("/mirror/list.pdf")})
    httpserver.expect_request("/mirror/list.pdf").respond_with_data(pdf, content_type="application/pdf")
    source = make_source(tmp_path, httpserver.url_for("/moved.pdf"))
    outcome = refresh_source(source, tmp_path / "data", places, fetch_settings=FAST)
    assert outcome.status == "new"
    assert RawStore(tmp_path / "data", source.id).latest().url.endswith("/mirror/list.pdf")


def test_declared_mirror_is_tried_when_the_url_fails(httpserver, tmp_path, pdf, places):
    httpserver.expect_request("/gone.pdf").respond_with_data("not here", status=404)
    httpserver.expect_request("/mirror.pdf").respond_with_data(pdf, content_type="application/pdf")
    source = make_source(tmp_path, httpserver.url_for("/gone.pdf"), [httpserver.url_for("/mirror.pdf")])
    outcome = refresh_source(source, tmp_path / "data", places, fetch_settings=FAST)
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
    return Response(b"%PDF-1.7\n", content_type="application/pdf")


FAILURES = {
    "404": (lambda s, pdf: s.respond_with_data("Not Found", status=404), "HTTP 404"),
    "500 always": (lambda s, pdf: s.respond_with_data("oops", status=500), "HTTP 500 INTERNAL SERVER ERROR (after 2 retries)"),
    "slower than the timeout": (lambda s, pdf: s.respond_with_handler(slow), "timed out: no data for 1 s (after 2 retries)"),
    "HTML page with 200": (lambda s, pdf: s.respond_with_data("<!DOCTYPE html><html><head><title>Login required</title></head></html>",
                                                         content_type="text/html"), 'HTML page, not a PDF (title "Login required")'),
    "body cut short": (lambda s, pdf: s.respond_with_handler(lambda r: Response(iter([pdf[:1000]]), headers={"Content-Length": str(len(pdf))})),
                       "broke off"),
    "redirect loop": (lambda s, pdf: s.respond_with_data("", status=302, headers={"Location": "/list.pdf"}), "redirect loop (more than 30 redirects"),
    "empty body": (lambda s, pdf: s.respond_with_data(b"", content_type="application/pdf"), "empty response body"),
    "not a PDF": (lambda s, pdf: s.respond_with_data(b"\x89PNG\r\n\x1a\n" + bytes(2000), content_type="application/pdf"), "expected a PDF file, got a PNG image"),
    "corrupt PDF": (lambda s, pdf: s.respond_with_data(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"), "not a readable PDF"),
    "encrypted PDF": (lambda s, pdf: s.respond_with_data(encrypted_pdf()), "encrypted"),
    "truncated PDF": (lambda s, pdf: s.respond_with_data(pdf[: len(pdf) // 2]), "truncated"),
}


@pytest.mark.parametrize("case", FAILURES)
def test_failure_keeps_earlier_data(httpserver, good, pdf, case):
    source, data, before, _ = good
    respond, cause = FAILURES[case]
    respond(httpserver.expect_request("/list.pdf"), pdf)
    outcome = refresh_again(good)
    # the stored good copy stands in and its snapshot stays; the source is stale, and why is given
    assert (outcome.status, outcome.raw) == ("stale", "from cache"), outcome
    assert httpserver.url_for("/list.pdf") in outcome.note and cause in outcome.note, outcome.note
    assert tree_digest(data) == before


@pytest.mark.parametrize("case", ["404", "HTML page with 200", "corrupt PDF"])
def test_failure_without_cache_is_reported(httpserver, tmp_path, pdf, places, case):
    respond, cause = FAILURES[case]
    respond(httpserver.expect_request("/list.pdf"), pdf)
    source = make_source(tmp_path, httpserver.url_for("/list.pdf"))
    outcome = refresh_source(source, tmp_path / "data", places, fetch_settings=FAST)
    assert outcome.status == "failed" and cause in outcome.note
    assert not list((tmp_path / "data").rglob("*.pdf"))


def test_body_over_the_size_cap(httpserver, good, pdf):
    source, data, before, _ = good
    httpserver.expect_request("/list.pdf").respond_with_data(pdf + b" ", content_type="application/pdf")
    capped = FetchSettings(**{**FAST.__dict__, "max_bytes": 100_000})
    outcome = refresh_again(good, capped)
    assert "over the size cap of 100,000" in outcome.note
    assert tree_digest(data) == before


def test_a_second_refresh_waits_for_the_lock(tmp_path):
    from pipeline.refresh import refresh

    with data_lock(tmp_path / "data"):
        with pytest.raises(LockedError, match=r"being refreshed by pid \d+"):
            refresh([], tmp_path / "data", lock_wait=0.2)


def test_new_bytes_with_an_existing_release_date_never_touch_the_snapshot(httpserver, good, pdf):
    source, data, before, _ = good
    changed = pdf + b"\n"  # same document date, different sha256
    httpserver.expect_request("/list.pdf").respond_with_data(changed, content_type="application/pdf")
    outcome = refresh_again(good)
    assert outcome.status == "failed"
    assert "release date 2022-01-24 of an existing snapshot" in outcome.note
    after = tree_digest(data)
    kept = [k for k in before if "snapshots" in k or k.endswith(".pdf")]
    assert {k: after[k] for k in kept} == {k: before[k] for k in kept}
    assert {k for k in after if "snapshots" in k} == {k for k in before if "snapshots" in k}
    assert len(RawStore(data, source.id).entries()) == 2  # the new file is kept for a later decision


def test_a_pinned_source_accepts_only_its_pinned_bytes(httpserver, tmp_path, pdf, places):
    other = pdf + b"\n"
    httpserver.expect_request("/list.pdf").respond_with_data(other, content_type="application/pdf")
    pin = hashlib.sha256(pdf).hexdigest()
    source = make_source(tmp_path, httpserver.url_for("/list.pdf"), sha256=pin)
    outcome = refresh_source(source, tmp_path / "data", places, fetch_settings=FAST)
    assert outcome.status == "failed"
    assert f"sha256 {hashlib.sha256(other).hexdigest()} is not the one pinned in sources.yaml ({pin})" in outcome.note
    assert not list((tmp_path / "data").rglob("*.pdf"))


def test_the_seed_stands_in_for_the_network_only_with_the_pinned_file(httpserver, tmp_path, pdf, places):
    httpserver.expect_request("/list.pdf").respond_with_data("gone", status=404)
    pin = hashlib.sha256(pdf).hexdigest()
    source = make_source(tmp_path, httpserver.url_for("/list.pdf"), sha256=pin)
    seed, data = tmp_path / "seed", tmp_path / "data"
    seed.mkdir()
    (seed / "odop.pdf").write_bytes(pdf + b"\n")  # right name, other bytes: never taken
    outcome = refresh_source(source, data, places, fetch_settings=FAST, seed=seed)
    assert outcome.status == "failed"
    assert outcome.note.endswith(f"HTTP 404 NOT FOUND; not in the seed folder {seed} (no file with sha256 {pin})")
    (seed / "sub").mkdir()
    (seed / "sub" / "whatever-name").write_bytes(pdf)  # found by checksum, whatever it is called
    outcome = refresh_source(source, data, places, fetch_settings=FAST, seed=seed)
    assert (outcome.status, outcome.raw, outcome.rows) == ("new", "seeded", 790)
    entry = RawStore(data, source.id).latest()
    assert (entry.sha256, entry.url, entry.seeded_from) == (pin, source.url, str(seed.resolve()))
    # once stored, the pinned copy is current: the dead URL is not even asked
    requests_before = len(httpserver.log)
    outcome = refresh_source(source, data, places, fetch_settings=FAST)
    assert (outcome.status, outcome.raw) == ("unchanged", "pinned") and len(httpserver.log) == requests_before


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_refused_connection_names_its_cause(tmp_path, places):
    source = make_source(tmp_path, f"http://127.0.0.1:{closed_port()}/list.pdf")
    outcome = refresh_source(source, tmp_path / "data", places, fetch_settings=FAST)
    assert outcome.status == "failed"
    assert outcome.note.startswith(f"{source.url}: unreachable: connection refused (after 2 retries); no copy in "), outcome.note


@pytest.fixture
def silent_server():
    """A server that accepts connections and never answers: the deadline must end the wait."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    yield f"http://127.0.0.1:{server.getsockname()[1]}/list.pdf"
    server.close()


def test_the_deadline_ends_a_server_that_never_answers(tmp_path, places, silent_server):
    source = make_source(tmp_path, silent_server)
    patient = FetchSettings(connect_timeout=1, read_timeout=0.5, retries=20, backoff=0.05, deadline=1.5)
    started = time.monotonic()
    outcome = refresh_source(source, tmp_path / "data", places, fetch_settings=patient)
    took = time.monotonic() - started
    assert outcome.status == "failed"
    assert "the deadline of 1.5 s passed (timed out: no data for 0.5 s)" in outcome.note, outcome.note
    assert 1.4 <= took < 3.0  # not 21 tries of 0.5 s


def test_the_deadline_ends_a_trickling_download(httpserver, tmp_path, places, pdf):
    def trickle(request):
        def body():
            yield pdf[:1000]
            for i in range(60):  # bounded: 6 s at most if the deadline failed
                time.sleep(0.1)
                yield pdf[1000 + i: 1001 + i]
        return Response(body(), content_type="application/pdf", headers={"Content-Length": str(len(pdf))})

    httpserver.expect_request("/list.pdf").respond_with_handler(trickle)
    source = make_source(tmp_path, httpserver.url_for("/list.pdf"))
    started = time.monotonic()
    outcome = refresh_source(source, tmp_path / "data", places,
                             fetch_settings=FetchSettings(read_timeout=5, retries=0, deadline=1))
    assert outcome.status == "failed" and "the deadline of 1 s passed after 1," in outcome.note, outcome.note
    assert time.monotonic() - started < 3
    assert not list((tmp_path / "data").rglob("*.part"))


def test_leftovers_of_a_killed_refresh_are_removed(good):
    from pipeline.refresh import refresh

    source, data, before, _ = good
    part = data / "raw" / source.id / ".download.x1y2.part"
    part.write_bytes(b"%PDF-1.7 half a download")
    half = data / "snapshots" / f"source={source.id}" / ".release=2024-01-01.abcd"
    half.mkdir()
    (half / "products.parquet").write_bytes(b"PAR1")
    refresh([], data)
    assert not part.exists() and not half.exists()
    assert tree_digest(data) == before


def test_files_are_readable_like_any_other(good):
    source, data, _, _ = good
    modes = {str(p.relative_to(data)): oct(p.stat().st_mode & 0o777) for p in data.rglob("*") if not p.name.startswith(".lock")}
    umask = os.umask(0)
    os.umask(umask)
    want_file, want_dir = oct(0o666 & ~umask), oct(0o777 & ~umask)
    assert {k: v for k, v in modes.items() if (data / k).is_file()} == {k: want_file for k in modes if (data / k).is_file()}
    assert {k: v for k, v in modes.items() if (data / k).is_dir()} == {k: want_dir for k in modes if (data / k).is_dir()}


def test_settings_come_from_sources_yaml_with_defaults(tmp_path):
    (tmp_path / "sources.yaml").write_text("""# fetch defaults for every source
fetch:
  read_timeout: 20
  deadline: 120
sources:
  - id: a
    title: A
    publisher: P
    url: https://example.org/a.pdf
    format: pdf
    release_date: 2024-01-01
  - id: b
    title: B
    publisher: P
    url: https://example.org/b.pdf
    format: pdf
    release_date: 2024-01-01
    fetch: {retries: 1, max_bytes: 1000000}
""")
    a, b = load_sources(tmp_path / "sources.yaml")
    assert (a.fetch.read_timeout, a.fetch.deadline, a.fetch.retries) == (20, 120, 3)
    assert (b.fetch.read_timeout, b.fetch.deadline, b.fetch.retries, b.fetch.max_bytes) == (20, 120, 1, 1_000_000)
    assert FetchSettings.from_dict({"deadline": 5}, b.fetch).retries == 1  # `refresh --deadline 5` keeps the rest


def test_a_stale_source_has_its_own_exit_status(httpserver, tmp_path, pdf):
    from pipeline.cli import main

    from .conftest import SOURCES

    lgd = [s for s in SOURCES if s.kind == "reference"]
    for ref in lgd:
        httpserver.expect_request(f"/{ref.id}.csv").respond_with_data(real_file(ref.id).read_bytes())
    httpserver.expect_oneshot_request("/list.pdf").respond_with_data(pdf, content_type="application/pdf")
    make_source(tmp_path, httpserver.url_for("/list.pdf"))
    text = (tmp_path / "sources.yaml").read_text()
    for ref in lgd:
        text += (f"  - {{id: {ref.id}, kind: reference, title: LGD, publisher: LGD, format: csv, sha256: {ref.sha256},"
                 f" url: '{httpserver.url_for(f'/{ref.id}.csv')}'}}\n")
    (tmp_path / "sources.yaml").write_text(text)
    args = ["refresh", "--sources", str(tmp_path / "sources.yaml"), "--data-dir", str(tmp_path / "data"), "--retries", "0"]
    assert main(args) == 0
    httpserver.expect_request("/list.pdf").respond_with_data("moved", status=404)
    assert main(args) == 3  # succeeded, but the list's URL is dead: a scheduled job must notice
