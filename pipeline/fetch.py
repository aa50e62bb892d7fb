"""Fetch: download a source's file, check it is what the source declares, keep it with provenance.

Government sites time out, answer 429 and 5xx, and answer "200 OK" with an HTML page where the
PDF was. A download is streamed to a temporary file and accepted into the raw store only when
it is complete, of the declared format and, for a pinned source, has the pinned sha256; a bad
answer never replaces a good copy. When no URL answers, the stored copy is used, or a pinned file
is taken from a seed folder (a local stand-in for the network).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import shutil
import socket
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlparse

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from . import __version__
from .extract import ExtractionError, sniff_format
from .extract.pdf import check_pdf
from .sources import Source
from .store import RawEntry, RawStore, find_by_sha256, sha256_file, utc_now

log = logging.getLogger(__name__)

RETRY_STATUSES = (429, 500, 502, 503, 504)
USER_AGENT = f"odop-pipeline/{__version__} (open data pipeline for ODOP lists; python-requests)"


class FetchError(RuntimeError):
    """No good copy could be downloaded; the message names the source, URL and cause."""


@dataclass(frozen=True)
class FetchSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    retries: int = 3
    backoff: float = 1.0  # seconds; doubles each retry
    max_bytes: int = 200 * 1024 * 1024
    progress_after_bytes: int = 2 * 1024 * 1024


@dataclass
class FetchResult:
    entry: RawEntry
    status: str  # downloaded | not modified | from cache | seeded
    note: str = ""


def make_session(settings: FetchSettings) -> requests.Session:
    retry = Retry(
        total=settings.retries,
        connect=settings.retries,
        read=settings.retries,
        status=settings.retries,
        backoff_factor=settings.backoff,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=("GET",),
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    return session


def fetch(
    source: Source,
    data_dir: Path,
    settings: FetchSettings = FetchSettings(),
    offline: bool = False,
    session: requests.Session | None = None,
    seed: Path | None = None,
) -> FetchResult:
    """The current raw file of a source: downloaded, confirmed unchanged, the stored copy, or
    (pinned sources only) taken from the seed folder."""
    store = RawStore(data_dir, source.id)
    cached = store.pinned(source.sha256) if source.sha256 else store.latest()
    reasons = ["offline"] if offline else []
    if not offline:
        session = session or make_session(settings)
        for url in source.urls:
            try:
                return _fetch_url(source, url, store, cached, settings, session)
            except FetchError as exc:
                reasons.append(str(exc).removeprefix(f"{source.id}: "))
                log.debug("%s", exc)
    if cached:
        return FetchResult(cached, "from cache", "; ".join(reasons))
    if seed is not None:
        seeded = _from_seed(source, store, Path(seed))
        if seeded:
            return seeded
        reasons.append(f"not in the seed folder {seed} (no file with sha256 {source.sha256})" if source.sha256
                       else f"no sha256 pin in sources.yaml, so the seed folder {seed} cannot vouch for a file")
    else:
        reasons.append(f"no copy in {store.dir}")
    raise FetchError(f"{source.id}: " + "; ".join(reasons))


def _from_seed(source: Source, store: RawStore, seed: Path) -> FetchResult | None:
    """The pinned file from a seed folder, checked like a download and recorded as seeded."""
    found = find_by_sha256(seed, source.sha256) if source.sha256 else None
    if found is None:
        return None
    tmp = store.temp_file()
    try:
        shutil.copyfile(found, tmp)
        size = tmp.stat().st_size
        _check_file(tmp, source.format, size, lambda why: FetchError(f"{source.id}: {found}: {why}"))
        entry = RawEntry(sha256=sha256_file(tmp), bytes=size, file=f"{source.sha256}.{source.format}", url=source.url,
                         fetched_at=utc_now(), seeded_from=str(seed.resolve()))
        store.accept(tmp, entry)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return FetchResult(entry, "seeded", f"seeded from {seed}")


def _fetch_url(source, url, store: RawStore, cached: RawEntry | None, settings: FetchSettings, session) -> FetchResult:
    def fail(why: str) -> FetchError:
        return FetchError(f"{source.id}: {url}: {why}")

    host = urlparse(url).hostname or ""
    if not _resolves(host):
        raise fail(f"unreachable (cannot resolve host {host})")
    headers = {}
    if cached and cached.url == url:
        if cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached.last_modified:
            headers["If-Modified-Since"] = cached.last_modified
    tmp = store.temp_file()
    try:
        try:
            response = session.get(
                url, headers=headers, stream=True, timeout=(settings.connect_timeout, settings.read_timeout)
            )
        except requests.exceptions.RetryError as exc:
            raise fail(f"gave up after {settings.retries} retries ({_cause(exc)})") from exc
        except requests.exceptions.Timeout as exc:
            raise fail(f"timed out ({_cause(exc)})") from exc
        except requests.exceptions.RequestException as exc:
            raise fail(f"unreachable ({_cause(exc)})") from exc
        with response:
            if response.status_code == 304 and cached:
                return FetchResult(cached, "not modified", "304 Not Modified")
            if response.status_code != 200:
                retried = f" (after {settings.retries} retries)" if response.status_code in RETRY_STATUSES else ""
                raise fail(f"HTTP {response.status_code} {response.reason}{retried}")
            sha, size = _download(response, tmp, settings, fail)
        _check_file(tmp, source.format, size, fail)
        if source.sha256 and sha != source.sha256:
            raise fail(f"sha256 {sha} is not the one pinned in sources.yaml ({source.sha256})")
        entry = RawEntry(
            sha256=sha,
            bytes=size,
            file=f"{sha}.{source.format}",
            url=response.url,
            fetched_at=utc_now(),
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            content_type=response.headers.get("Content-Type"),
        )
        if cached and cached.sha256 == sha:
            store.record(replace(entry, file=cached.file))
            return FetchResult(store.latest(), "not modified", "same sha256 as the cached copy")
        store.accept(tmp, entry)
        return FetchResult(entry, "downloaded", f"{size:,} bytes from {response.url}")
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _download(response: requests.Response, tmp: Path, settings: FetchSettings, fail) -> tuple[str, int]:
    """Stream the body to `tmp` with a size cap; return its sha256 and length."""
    expected = response.headers.get("Content-Length")
    expected = int(expected) if expected and expected.isdigit() else None
    if expected is not None and expected > settings.max_bytes:
        raise fail(f"{expected:,} bytes is over the size cap of {settings.max_bytes:,}")
    digest, size = hashlib.sha256(), 0
    progress = _progress(expected, settings)
    try:
        with open(tmp, "wb") as out:
            for chunk in response.iter_content(chunk_size=1 << 16):
                size += len(chunk)
                if size > settings.max_bytes:
                    raise fail(f"body is over the size cap of {settings.max_bytes:,} bytes")
                digest.update(chunk)
                out.write(chunk)
                progress(len(chunk))
    except requests.exceptions.RequestException as exc:
        raise fail(f"download broke off after {size:,} bytes ({_cause(exc)})") from exc
    finally:
        progress(None)
    if expected is not None and size != expected and not response.headers.get("Content-Encoding"):
        raise fail(f"got {size:,} bytes, Content-Length said {expected:,}")
    return digest.hexdigest(), size


def _check_file(tmp: Path, declared: str, size: int, fail) -> None:
    """Accept only bytes of the declared format: not an HTML error page, not a broken PDF."""
    if size == 0:
        raise fail("empty response body")
    found = sniff_format(tmp)
    if found == "html":
        raise fail(f"answered with an HTML page, not a {declared.upper()}{_html_title(tmp)}")
    if found != declared:
        raise fail(f"expected a {declared.upper()} file, got {found} bytes")
    if declared == "pdf":
        try:
            check_pdf(tmp)
        except ExtractionError as exc:
            raise fail(str(exc).split(": ", 1)[-1]) from exc


def _html_title(path: Path) -> str:
    match = re.search(rb"<title[^>]*>(.*?)</title>", path.read_bytes()[:65536], re.I | re.S)
    return f' (title "{" ".join(match.group(1).decode(errors="replace").split())[:80]}")' if match else ""


_resolved: dict[str, bool] = {}


def _resolves(host: str) -> bool:
    """Whether the host has an address: without network, say so at once instead of retrying."""
    if host not in _resolved:
        try:
            socket.getaddrinfo(host, None)
            _resolved[host] = True
        except (socket.gaierror, UnicodeError):
            _resolved[host] = False
    return _resolved[host]


def _cause(exc: BaseException) -> str:
    """The innermost reason of a requests/urllib3 error, in one line."""
    while exc.__context__ is not None and not isinstance(exc, OSError):
        exc = exc.__context__
    text = str(exc.args[0] if exc.args else exc)
    return text.split(": ", 1)[-1][:200] if "object at 0x" in text else text[:200]


def _progress(total: int | None, settings: FetchSettings):
    """A progress bar on stderr for large downloads; a no-op for small ones."""
    if not total or total < settings.progress_after_bytes:
        return lambda n: None
    from rich.progress import DownloadColumn, Progress, TransferSpeedColumn

    bar = Progress(*Progress.get_default_columns(), DownloadColumn(), TransferSpeedColumn(), transient=True)
    task = bar.add_task("downloading", total=total)
    bar.start()

    def advance(n: int | None) -> None:
        if n is None:
            bar.stop()
        else:
            bar.update(task, advance=n)

    return advance
