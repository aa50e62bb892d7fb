"""Fetch: download a source's file, check it is what the source declares, keep it with provenance.

Government sites time out, answer 429 and 5xx, trickle bytes, and answer "200 OK" with an HTML
page where the PDF was. A download is streamed to a temporary file and accepted into the raw
store only when it is complete, of the declared format and, for a pinned source, has the pinned
sha256; a bad answer never replaces a good copy. Every source has a deadline covering all its
URLs and retries. When no URL answers, the stored copy is used (the source is then stale), or a
pinned file is taken from a seed folder (a local stand-in for the network).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import shutil
import socket
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from . import __version__
from .extract import ExtractionError, describe_format, sniff_format
from .extract.pdf import check_pdf
from .sources import FetchSettings
from .store import RawEntry, RawStore, find_by_sha256, sha256_file, utc_now

if TYPE_CHECKING:
    from .sources import Source

log = logging.getLogger(__name__)

RETRY_STATUSES = (429, 500, 502, 503, 504)
USER_AGENT = f"odop-pipeline/{__version__} (open data pipeline for ODOP lists; python-requests)"


class FetchError(RuntimeError):
    """No good copy could be downloaded; the message names the source, URL and cause."""


@dataclass
class FetchResult:
    entry: RawEntry
    status: str  # downloaded | not modified | pinned | from cache | seeded
    note: str = ""


class _DeadlineRetry(Retry):
    """urllib3's retries, cut short when the source's deadline has passed."""

    def __init__(self, *args, deadline: float | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.deadline = deadline

    def new(self, **kw):
        retry = super().new(**kw)
        retry.deadline = self.deadline
        return retry

    def _left(self) -> float:
        return float("inf") if self.deadline is None else self.deadline - time.monotonic()

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):
        retry = super().increment(method, url, response, error, _pool, _stacktrace)
        if self._left() <= 0:
            raise urllib3.exceptions.MaxRetryError(_pool, url, _DeadlinePassed(error))
        return retry

    def get_backoff_time(self) -> float:
        return max(0.0, min(super().get_backoff_time(), self._left()))

    def get_retry_after(self, response):
        after = super().get_retry_after(response)
        return None if after is None else max(0.0, min(after, self._left()))


class _DeadlinePassed(urllib3.exceptions.HTTPError):
    """The deadline passed between tries; carries the last try's error."""


def make_session(settings: FetchSettings, deadline: float | None = None) -> requests.Session:
    """A session with retries (errors, 429, 5xx; Retry-After honoured) that stop at `deadline`
    (a time.monotonic() value)."""
    retry = _DeadlineRetry(
        total=settings.retries,
        connect=settings.retries,
        read=settings.retries,
        status=settings.retries,
        backoff_factor=settings.backoff,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=("GET",),
        respect_retry_after_header=True,
        raise_on_status=False,
        deadline=deadline,
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
    settings: FetchSettings | None = None,
    offline: bool = False,
    seed: Path | None = None,
) -> FetchResult:
    """The current raw file of a source: downloaded, confirmed unchanged, the stored copy, or
    (pinned sources only) taken from the seed folder. A pinned file stored intact is current by
    definition: the network is not asked (a damaged copy is fetched again)."""
    settings = settings or source.fetch
    store = RawStore(data_dir, source.id)
    cached = store.pinned(source.sha256) if source.sha256 else store.latest()
    if source.sha256 and cached:
        if sha256_file(store.path(cached)) == source.sha256:
            return FetchResult(cached, "pinned", "the stored copy has the pinned sha256")
        log.warning("%s: %s is damaged (its sha256 is not the pin); fetching it again", source.id, store.path(cached))
        cached = None
    reasons = ["offline"] if offline else []
    if not offline:
        deadline = time.monotonic() + settings.deadline
        session = make_session(settings, deadline)
        for url in source.urls:
            try:
                return _fetch_url(source, url, store, cached, settings, session, deadline)
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


def get(session: requests.Session, url: str, settings: FetchSettings, deadline: float, fail, headers=None) -> requests.Response:
    """A streamed GET whose failure is one clear line: what went wrong and why, in words."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise fail(f"not tried: the deadline of {settings.deadline:g} s had passed")
    host = urlparse(url).hostname or ""
    if not _resolves(host):
        raise fail(f"unreachable (cannot resolve host {host})")
    timeout = (min(settings.connect_timeout, left), min(settings.read_timeout, left))
    try:
        return session.get(url, headers=headers or {}, stream=True, timeout=timeout)
    except requests.exceptions.TooManyRedirects as exc:
        raise fail(f"redirect loop (more than {session.max_redirects} redirects, last to {exc.response.url if exc.response is not None else '?'})") from exc
    except requests.exceptions.RequestException as exc:
        raise fail(_describe(exc, settings)) from exc


def _fetch_url(source, url, store: RawStore, cached: RawEntry | None, settings: FetchSettings, session, deadline) -> FetchResult:
    def fail(why: str) -> FetchError:
        return FetchError(f"{source.id}: {url}: {why}")

    headers = {}
    if cached and cached.url == url:
        if cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached.last_modified:
            headers["If-Modified-Since"] = cached.last_modified
    tmp = store.temp_file()
    try:
        with get(session, url, settings, deadline, fail, headers) as response:
            if response.status_code == 304 and cached:
                return FetchResult(cached, "not modified", "304 Not Modified")
            if response.status_code != 200:
                retried = f" (after {settings.retries} retries)" if response.status_code in RETRY_STATUSES else ""
                raise fail(f"HTTP {response.status_code} {response.reason}{retried}")
            sha, size = download(response, tmp, settings, deadline, fail)
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


def download(response: requests.Response, out: Path, settings: FetchSettings, deadline: float, fail) -> tuple[str, int]:
    """Stream the body to `out` with a size cap and the deadline; return its sha256 and length.
    Reads what has arrived (read1), so a server that trickles bytes meets the deadline too."""
    expected = response.headers.get("Content-Length")
    expected = int(expected) if expected and expected.isdecimal() else None
    if expected is not None and expected > settings.max_bytes:
        raise fail(f"{expected:,} bytes is over the size cap of {settings.max_bytes:,}")
    digest, size = hashlib.sha256(), 0
    progress = _progress(expected, settings)
    try:
        with open(out, "wb") as f:
            while chunk := response.raw.read1(1 << 16, decode_content=True):
                size += len(chunk)
                if size > settings.max_bytes:
                    raise fail(f"body is over the size cap of {settings.max_bytes:,} bytes")
                if time.monotonic() > deadline:
                    raise fail(f"the deadline of {settings.deadline:g} s passed after {size:,} bytes")
                digest.update(chunk)
                f.write(chunk)
                progress(len(chunk))
    except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
        raise fail(f"download broke off after {size:,} bytes ({_describe(exc, settings)})") from exc
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
        raise fail(f"expected a {declared.upper()} file, got {describe_format(found)}")
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


# The innermost error's text -> the cause in words; the first pattern that matches wins.
_CAUSES = [
    (r"Read timed out", "timed out: no data for {read_timeout:g} s"),
    (r"CERTIFICATE_VERIFY_FAILED|certificate verify failed", "unreachable: TLS certificate verify failed ({detail})"),
    (r"Connection refused", "unreachable: connection refused"),
    (r"timed out", "timed out: no connection within {connect_timeout:g} s"),
    (r"Name or service not known|nodename nor servname|getaddrinfo failed|Temporary failure in name resolution",
     "unreachable: cannot resolve host"),
    (r"Connection reset", "unreachable: connection reset by the server"),
    (r"Network is unreachable|No route to host", "unreachable: no route to the host"),
    (r"RemoteDisconnected|Remote end closed connection", "unreachable: the server closed the connection without answering"),
    (r"IncompleteRead|Connection broken|ProtocolError", "the connection broke"),
]


def _describe(exc: BaseException, settings: FetchSettings) -> str:
    """Why a request failed, in one line with its cause: 'unreachable: connection refused (after 3
    retries)', 'timed out: no data for 60 s', 'deadline of 600 s passed (...)'."""
    chain, seen = [], set()
    node: BaseException | None = exc
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        chain.append(node)
        inner = getattr(node, "reason", None)
        if not isinstance(inner, BaseException):
            inner = next((a for a in node.args if isinstance(a, BaseException)), None) or node.__cause__ or node.__context__
        node = inner
    deadline = any(isinstance(e, _DeadlinePassed) for e in chain)
    retried = any(isinstance(e, urllib3.exceptions.MaxRetryError) for e in chain) and not deadline
    text = " ".join(str(e) for e in chain)
    innermost = str(chain[-1]).split("): ")[-1].split("] ")[-1]
    cause = next((template for pattern, template in _CAUSES if re.search(pattern, text)), None)
    if cause is None:
        cause = f"unreachable: {innermost}" if innermost else f"unreachable: {type(chain[-1]).__name__}"
    detail = re.search(r"certificate verify failed: ([^(\"')]*)", text)
    cause = cause.format(read_timeout=settings.read_timeout, connect_timeout=settings.connect_timeout,
                         detail=detail.group(1).strip() if detail else "certificate not trusted")
    if deadline:
        return f"the deadline of {settings.deadline:g} s passed ({cause})"
    return f"{cause} (after {settings.retries} retries)" if retried and settings.retries else cause


PROGRESS_AFTER_SECONDS = 2.0


def _progress(total: int | None, settings: FetchSettings):
    """A progress bar on stderr for a large download, or for any download still going after
    PROGRESS_AFTER_SECONDS (a slow server should not look like a hung program)."""
    started, shown = time.monotonic(), []  # shown: the bar and its task, once started

    def show() -> None:
        from rich.progress import DownloadColumn, Progress, TransferSpeedColumn

        bar = Progress(*Progress.get_default_columns(), DownloadColumn(), TransferSpeedColumn(), transient=True)
        shown.extend([bar, bar.add_task("downloading", total=total)])
        bar.start()

    if total and total >= settings.progress_after_bytes:
        show()
    done = 0

    def advance(n: int | None) -> None:
        nonlocal done
        if n is None:
            if shown:
                shown[0].stop()
            return
        done += n
        if not shown and time.monotonic() - started > PROGRESS_AFTER_SECONDS:
            show()
            shown[0].update(shown[1], completed=done)
        elif shown:
            shown[0].update(shown[1], advance=n)

    return advance
