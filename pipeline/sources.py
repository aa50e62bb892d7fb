"""The source registry: every list the pipeline knows, declared once in sources.yaml.

A mistake in sources.yaml is reported with its line and field, before anything is fetched.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from urllib.parse import urlparse

import yaml

from .extract import ExtractSettings

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FORMATS = ("pdf", "xlsx", "csv")
KINDS = ("list", "reference")  # a published list to snapshot, or a reference table the pipeline reads
REQUIRED = ("id", "title", "publisher", "url", "format")
REQUIRED_FOR_LISTS = ("release_date",)
OPTIONAL = ("kind", "release_date", "mirrors", "stated_totals", "sha256", "licence", "notes", "extract", "fetch", "discover",
            "state", "reviewed")
TOP_LEVEL = ("sources", "fetch")


@dataclass(frozen=True)
class FetchSettings:
    """How hard to try one source: set in sources.yaml (`fetch:` at the top for every source, and
    in a source for itself) and by `refresh` options."""

    connect_timeout: float = 10.0  # seconds to connect
    read_timeout: float = 60.0  # seconds without a byte before a try is given up
    retries: int = 3  # further tries after a failed one (errors, 429, 5xx)
    backoff: float = 1.0  # seconds before the first retry; doubles each retry
    max_bytes: int = 200 * 1024 * 1024  # a larger body is refused
    deadline: float = 600.0  # seconds for the whole source: every URL, try and byte
    progress_after_bytes: int = 2 * 1024 * 1024

    @classmethod
    def from_dict(cls, data: dict | None, base: "FetchSettings | None" = None) -> "FetchSettings":
        base = base or cls()
        data = dict(data or {})
        known = {f.name: f.type for f in fields(cls)}
        unknown = set(data) - set(known)
        if unknown:
            raise ValueError(f"unknown fetch settings {sorted(unknown)} (known: {', '.join(known)})")
        for name, value in data.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{name} must be a number of at least 0, got {value!r}")
            if known[name] == "int" and value != int(value):
                raise ValueError(f"{name} must be a whole number, got {value!r}")
        return replace(base, **{k: int(v) if known[k] == "int" else float(v) for k, v in data.items()})


SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed


class SourcesError(ValueError):
    """sources.yaml is not as expected; the message gives the file, line and field."""


@dataclass(frozen=True)
class StatedTotals:
    products: int | None = None
    districts: int | None = None
    stated_in: str = ""


@dataclass(frozen=True)
class Discover:
    """Where new releases of a list appear: landing pages, and the pattern of a release's link.
    `link` is searched in each link's absolute URL; its named groups `date` and `version` give the
    release (a date may also come from the link's text, "as on 19.08.2025"). `id` and `title`
    name a new release: templates over {version} and {date} (a datetime.date). `words`: what a
    link to a list of this source says ("odop", "product", "list"); a link to a PDF, XLSX or CSV
    that says them all but matches no pattern is reported, so the pattern can be widened."""

    pages: tuple[str, ...]
    link: str
    id: str
    title: str
    words: tuple[str, ...] = ()

    def __post_init__(self):
        if not self.words:  # the words spelled out in the link pattern, less group names and extensions
            literal = re.sub(r"\\.|\(\?P<\w+>|\{[^}]*\}|\[[^]]*\]", " ", self.link)
            words = [w for w in re.findall(r"[a-z]{3,}", literal.lower()) if w not in LIST_EXTENSIONS]
            object.__setattr__(self, "words", tuple(dict.fromkeys(words)))


LIST_EXTENSIONS = ("pdf", "xlsx", "xls", "csv")  # files a list is published as; a landing page's other links are not lists


@dataclass(frozen=True)
class Reviewed:
    """A finding of the quality report that someone has looked at and found fine: which check,
    which row (by its printed values: state, district, product, serial, page), and why."""

    check: str
    row: dict[str, str]
    why: str


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    url: str
    format: str
    release_date: dt.date | None  # None: read from the document itself
    kind: str = "list"
    mirrors: tuple[str, ...] = ()
    stated_totals: StatedTotals = field(default_factory=StatedTotals)
    sha256: str | None = None  # the pin: only a file with this checksum is accepted
    licence: str = ""
    notes: str = ""
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    fetch: FetchSettings = field(default_factory=FetchSettings)
    discover: Discover | None = None
    reviewed: tuple[Reviewed, ...] = ()

    @property
    def urls(self) -> list[str]:
        return [self.url, *self.mirrors]


def load_sources(path: str | Path) -> list[Source]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourcesError(f"{path}: cannot read ({exc.strerror})") from exc
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        root = _composed_slowly(path, text)
    if not isinstance(root, yaml.MappingNode) or "sources" not in _keys(root):
        raise SourcesError(f"{path}:1: expected a mapping with a 'sources' list")
    for key, node in _keys(root).items():
        if key not in TOP_LEVEL:
            raise SourcesError(f"{path}:{node.start_mark.line + 1}: unknown top-level key '{key}' (known: {', '.join(TOP_LEVEL)})")
    defaults = FetchSettings()
    if "fetch" in _keys(root):
        node = _keys(root)["fetch"]
        try:
            defaults = FetchSettings.from_dict(_value(node))
        except (TypeError, ValueError) as exc:
            raise SourcesError(f"{path}:{node.start_mark.line + 1}: top-level 'fetch': {exc}") from None
    seq = _keys(root)["sources"]
    if not isinstance(seq, yaml.SequenceNode):
        raise SourcesError(f"{path}:{seq.start_mark.line + 1}: 'sources' must be a list")
    sources, seen = [], set()
    for node in seq.value:
        source = _source(path, node, defaults)
        if source.id in seen:
            raise SourcesError(f"{path}:{node.start_mark.line + 1}: source id '{source.id}' is declared twice")
        seen.add(source.id)
        sources.append(source)
    return sources


def _composed_slowly(path: Path, text: str) -> yaml.Node:
    """The file read by PyYAML's own parser, which names a mistake in the same words whether or
    not libyaml is installed."""
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        what = " ".join(filter(None, [getattr(exc, "context", None), getattr(exc, "problem", None)])) or str(exc)
        raise SourcesError(f"{path}{where}: not valid YAML: {what}") from None


def _value(node: yaml.Node):
    """The plain value (dicts, lists, strings, numbers) of a node of the file."""
    return yaml.SafeLoader("").construct_document(node)


def _keys(node: yaml.MappingNode) -> dict[str, yaml.Node]:
    return {k.value: v for k, v in node.value}


def _source(path: Path, node: yaml.Node, fetch_defaults: FetchSettings) -> Source:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise SourcesError(f"{path}:{line}: each source must be a mapping of fields")
    nodes = _keys(node)
    data = _value(node)
    ident = data.get("id", "?")

    def fail(name: str, why: str) -> SourcesError:
        at = nodes[name].start_mark.line + 1 if name in nodes else line
        return SourcesError(f"{path}:{at}: source '{ident}', field '{name}': {why}")

    kind = data.get("kind", "list")
    if kind not in KINDS:
        raise fail("kind", f"{kind!r} is not one of {', '.join(KINDS)}")
    required = REQUIRED + (REQUIRED_FOR_LISTS if kind == "list" else ())
    for name in required:
        if data.get(name) in (None, ""):
            raise fail(name, f"missing (required fields of a {kind}: " + ", ".join(required) + ")")
    for name in data:
        if name not in REQUIRED + OPTIONAL:
            raise fail(name, "unknown field")
    if not isinstance(ident, str) or not ID_PATTERN.match(ident):
        raise fail("id", f"{ident!r} is not an id: lower-case letters, digits and single dashes only")
    mirrors = data.get("mirrors") or []
    if not isinstance(mirrors, list):
        raise fail("mirrors", "must be a list of URLs")
    for name, url in [("url", data["url"])] + [("mirrors", m) for m in mirrors]:
        parsed = urlparse(str(url))
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise fail(name, f"only http and https URLs are allowed, got {url!r}")
    if data["format"] not in FORMATS:
        raise fail("format", f"{data['format']!r} is not one of {', '.join(FORMATS)}")
    release = data.get("release_date")
    if release in ("document", None):
        release = None
    elif not isinstance(release, dt.date):
        raise fail("release_date", f"{release!r} is neither a date (YYYY-MM-DD) nor 'document'")
    totals = data.get("stated_totals") or {}
    try:
        stated = StatedTotals(
            products=_int_or_none(totals.get("products")),
            districts=_int_or_none(totals.get("districts")),
            stated_in=str(totals.get("stated_in", "")),
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise fail("stated_totals", f"expected whole numbers for products and districts ({exc})") from exc
    try:
        extract = ExtractSettings.from_dict(data.get("extract"))
    except (TypeError, ValueError) as exc:
        raise fail("extract", str(exc)) from exc
    if data.get("state") is not None:  # a list of one state: the state of rows without a state column
        if not isinstance(data["state"], str) or not data["state"].strip():
            raise fail("state", f"expected the name of a state, got {data['state']!r}")
        extract = replace(extract, state=data["state"].strip())
    try:
        fetch = FetchSettings.from_dict(data.get("fetch"), fetch_defaults)
    except (TypeError, ValueError) as exc:
        raise fail("fetch", str(exc)) from exc
    discover = _discover(data.get("discover"), fail) if data.get("discover") is not None else None
    reviewed = _reviewed(data.get("reviewed") or [], fail)
    sha = data.get("sha256")
    if sha is not None and not re.fullmatch(r"[0-9a-f]{64}", str(sha)):
        raise fail("sha256", "must be 64 lower-case hex digits")
    return Source(
        id=ident,
        title=str(data["title"]),
        publisher=str(data["publisher"]),
        url=str(data["url"]),
        format=data["format"],
        release_date=release,
        kind=kind,
        mirrors=tuple(map(str, mirrors)),
        stated_totals=stated,
        sha256=sha,
        licence=str(data.get("licence", "")),
        notes=str(data.get("notes", "")).strip(),
        extract=extract,
        fetch=fetch,
        discover=discover,
        reviewed=reviewed,
    )


REVIEWED_ROW_FIELDS = ("serial", "state", "district", "product", "page")


def _reviewed(entries, fail) -> tuple[Reviewed, ...]:
    from .quality import CHECKS

    if not isinstance(entries, list):
        raise fail("reviewed", "expected a list of {check, row, why}")
    out = []
    for entry in entries:
        if not isinstance(entry, dict) or set(entry) - {"check", "row", "why"} or not entry.get("check") or not entry.get("why"):
            raise fail("reviewed", f"each entry needs check and why (and row: the printed values), got {entry!r}")
        if entry["check"] not in CHECKS:
            raise fail("reviewed", f"{entry['check']!r} is not a check (checks: {', '.join(CHECKS)})")
        row = entry.get("row") or {}
        if not isinstance(row, dict) or set(row) - set(REVIEWED_ROW_FIELDS):
            raise fail("reviewed", f"row holds printed values of {', '.join(REVIEWED_ROW_FIELDS)}, got {row!r}")
        out.append(Reviewed(str(entry["check"]), {k: str(v) for k, v in row.items()}, str(entry["why"])))
    return tuple(out)


def _discover(data, fail) -> Discover:
    if not isinstance(data, dict) or set(data) - {"pages", "link", "id", "title", "words"} or not {"pages", "link", "id"} <= set(data):
        raise fail("discover", "expected a mapping with pages (a list of URLs), link (a pattern), id and title (templates), "
                               "and optionally words (what a link to a list says)")
    pages = data["pages"] if isinstance(data["pages"], list) else [data["pages"]]
    for url in pages:
        parsed = urlparse(str(url))
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise fail("discover", f"only http and https landing pages are allowed, got {url!r}")
    try:
        pattern = re.compile(str(data["link"]))
    except re.error as exc:
        raise fail("discover", f"link is not a valid pattern ({exc})") from exc
    if not {"date", "version"} & set(pattern.groupindex):
        raise fail("discover", "link needs a named group (?P<version>...) or (?P<date>...) to tell releases apart")
    words = data.get("words") or []
    if not isinstance(words, list):
        raise fail("discover", f"words must be a list of words, got {words!r}")
    return Discover(tuple(map(str, pages)), pattern.pattern, str(data["id"]), str(data.get("title", data["id"])),
                    tuple(str(w).lower() for w in words))


def _int_or_none(value) -> int | None:
    return None if value is None else int(value)
