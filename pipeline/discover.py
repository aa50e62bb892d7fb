"""Discover: releases of a list that sources.yaml does not have yet, found on its landing pages.

Publishers post each release under a new URL (Invest India's file name carries the version and
date: 20250819_v32_odop_product_list.pdf), so following a fixed URL misses every new release. A
source's `discover:` block names its landing pages and the pattern of a release's link; the
version and release date are read from the link's URL or its text ("as on 19.08.2025"). A link
is matched as a reader sees it: on its path (not the query an S3 link carries, nor a #fragment),
whatever the case, and without the suffix a CMS adds to a file name already taken ("_0", " (1)").
Links to lists that match no pattern are reported, so a scheduled run does not miss a release
because the publisher renamed its files. `add` appends new releases to sources.yaml as entries of
their own, keeping its comments and layout.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import tempfile
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .extract import sniff_format
from .fetch import FetchError, FetchSettings, download, get, make_session
from .sources import LIST_EXTENSIONS, Source
from .store import atomic_write_bytes

# Dates as publishers print them, tried in order: in a link's URL (20250819) or text (19.08.2025).
DATE_FORMATS = ("%Y%m%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y")
# What a CMS appends to a file name that is taken already: Drupal's "_0", "_1", a browser's " (1)".
_DUPLICATE_SUFFIX = re.compile(r"(?:_\d{1,2}|\s*\(\d{1,2}\))(?=\.[A-Za-z0-9]+$)")
_DATE_IN_TEXT = re.compile(r"\b(\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})\b")


@dataclass(frozen=True)
class Release:
    """A release found on a landing page."""

    family: str  # the id of the source whose `discover:` block found it
    id: str
    title: str
    url: str
    release_date: dt.date | None  # None: to be read from the document
    version: str | None
    page: str
    text: str  # the link's text


@dataclass
class Discovery:
    new: list[Release]  # releases sources.yaml does not have yet
    known: list[Release]  # releases it has
    problems: list[str]  # one line per landing page that could not be read
    passed_over: list[str]  # links that look like a list of a source but match no pattern, one line each


class _Links(HTMLParser):
    """(href, text) of every <a> on a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self._open: list[str] | None = None
        self._href = ""

    def handle_starttag(self, tag, attrs):
        if tag == "a" and dict(attrs).get("href"):
            self._href, self._open = dict(attrs)["href"], []

    def handle_data(self, data):
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._open is not None:
            self.links.append((self._href.strip(), " ".join("".join(self._open).split())))
            self._open = None


def parse_date(text: str | None) -> dt.date | None:
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text or "", fmt).date()
        except ValueError:
            continue
    return None


def without_fragment(url: str) -> str:
    return urlsplit(url)._replace(fragment="").geturl()


def same_file(url: str) -> str:
    """What names a file whatever link points to it: the URL less its query and fragment."""
    return urlsplit(url)._replace(query="", fragment="").geturl()


def link_path(url: str) -> str:
    """A link's path as a reader sees it: decoded, without query or fragment, and without the
    suffix a CMS adds to a file name already taken."""
    return _DUPLICATE_SUFFIX.sub("", unquote(urlsplit(url).path))


def looks_like_a_list(source: Source, url: str, text: str) -> bool:
    """A link to a PDF, XLSX or CSV whose path or text says every word of the source's lists."""
    path = link_path(url)
    if path.rsplit(".", 1)[-1].lower() not in LIST_EXTENSIONS:
        return False
    said = re.sub(r"[^a-z0-9]+", " ", f"{path} {text}".lower())
    return all(word in said for word in source.discover.words)


def releases_on_page(source: Source, page: str, html: str) -> tuple[list[Release], list[str], list[str]]:
    """The links on a landing page that match the source's release pattern; the matching links
    that could not be named (a template needing a date the link does not give); and the links
    that look like a list but match no pattern. Links to one file (with and without a query, or
    a CMS's copy "_0") are one release, named by the plainest of them."""
    parser = _Links()
    parser.feed(html)
    found: dict[str, Release] = {}
    problems, passed_over = [], []
    for href, text in parser.links:
        url = without_fragment(urljoin(page, href))
        match = re.search(source.discover.link, link_path(url), re.IGNORECASE)
        if not match:
            if looks_like_a_list(source, url, text) and url not in passed_over:
                passed_over.append(url)
            continue
        groups = match.groupdict()
        version = groups.get("version")
        date = parse_date(groups.get("date"))
        if date is None:
            in_text = _DATE_IN_TEXT.search(text)
            date = parse_date(in_text.group(1)) if in_text else None
        fields = {"version": version or (date.isoformat() if date else ""), "date": date}
        try:
            ident, title = source.discover.id.format(**fields), source.discover.title.format(**fields)
        except (TypeError, ValueError, KeyError) as exc:
            problems.append(f"{source.id}: {url}: cannot name this release from its link ({exc}); no date in its URL or text?")
            continue
        release = Release(source.id, ident, title, url, date, version, page, text)
        if ident not in found or _plainness(url) < _plainness(found[ident].url):
            found[ident] = release
    passed_over = [f"{source.id}: {url}: looks like a list (a {link_path(url).rsplit('.', 1)[-1].upper()} that says "
                   f"{', '.join(source.discover.words)}) but matches no release pattern; widen discover.link if it is one"
                   for url in passed_over]
    return list(found.values()), problems, passed_over


def _plainness(url: str) -> tuple[bool, bool]:
    """How far a link is from the file's plain URL: a query, a CMS's duplicate suffix."""
    return bool(urlsplit(url).query), link_path(url) != unquote(urlsplit(url).path)


def discover(sources: list[Source], settings: FetchSettings | None = None) -> Discovery:
    """Read every declared landing page; sort what its links point to into new and known."""
    declared_urls = {same_file(url) for s in sources for url in s.urls}
    declared_ids = {s.id for s in sources}
    result = Discovery([], [], [], [])
    for source in (s for s in sources if s.discover):
        for page in source.discover.pages:
            try:
                html = _landing_page(source, page, settings or source.fetch)
            except FetchError as exc:
                result.problems.append(str(exc))
                continue
            releases, problems, passed_over = releases_on_page(source, page, html)
            result.problems += problems
            result.passed_over += passed_over
            for release in releases:
                if same_file(release.url) in declared_urls:
                    result.known.append(release)
                elif any(release.id == r.id for r in result.new):
                    continue  # linked from another landing page as well
                elif release.id in declared_ids:
                    result.problems.append(f"{source.id}: {release.url}: its id {release.id!r} is taken by another source "
                                           "in sources.yaml; give the discover block an id template that tells them apart")
                else:
                    result.new.append(release)
                    declared_urls.add(same_file(release.url))
    return result


def _landing_page(source: Source, page: str, settings: FetchSettings) -> str:
    """A landing page's HTML, through the same client, retries, size cap and deadline as fetch."""
    def fail(why: str) -> FetchError:
        return FetchError(f"{source.id}: landing page {page}: {why}")

    deadline = time.monotonic() + settings.deadline
    with tempfile.TemporaryDirectory() as tmp, get(make_session(settings, deadline), page, settings, deadline, fail) as response:
        if response.status_code != 200:
            raise fail(f"HTTP {response.status_code} {response.reason}")
        path = Path(tmp) / "page"
        download(response, path, settings, deadline, fail)
        if sniff_format(path) not in ("html", "csv"):  # csv: text that is not a known binary format
            raise fail(f"expected an HTML page, got {response.headers.get('Content-Type', 'no content type')}")
        return path.read_bytes().decode(response.encoding or "utf-8", errors="replace")


def add_to_sources(path: Path, releases: list[Release], sources: list[Source]) -> None:
    """Append releases to sources.yaml as new list entries; every comment and line already there
    is kept as it was (ruamel.yaml round trip), and the file is replaced atomically."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    document = yaml.load(Path(path).read_text(encoding="utf-8"))
    family = {s.id: s for s in sources}
    entries = document["sources"]
    for release in releases:
        parent = family[release.family]
        entry = CommentedMap()
        entry["id"] = release.id
        entry["title"] = release.title
        entry["publisher"] = parent.publisher
        entry["url"] = release.url
        entry["format"] = parent.format
        entry["release_date"] = release.release_date or "document"
        entry["notes"] = f"Found by `discover` on {release.page} on {dt.date.today().isoformat()} (link text: {release.text!r})."
        entries.append(entry)
        entries.yaml_set_comment_before_after_key(len(entries) - 1, before=f"\nadded by discover from {release.family}", indent=2)
    out = io.StringIO()
    yaml.dump(document, out)
    atomic_write_bytes(Path(path), out.getvalue().encode("utf-8"))
