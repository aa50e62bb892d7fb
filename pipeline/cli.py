"""The command line: `python -m pipeline` (or `odop`), a thin layer over the stage functions."""

from __future__ import annotations

import argparse
import functools
import logging
import os
import sys
from pathlib import Path

DEFAULT_SOURCES = Path("sources.yaml")
DEFAULT_DATA = Path("data")


@functools.cache
def stderr_console():
    """rich's console on stderr, made when first needed: importing rich takes a tenth of a short run."""
    from rich.console import Console

    return Console(stderr=True, width=None if sys.stderr.isatty() else 120)


def log_handler() -> logging.Handler:
    """rich's log lines on a terminal; in a file or a CI log, plain lines that are not re-wrapped."""
    if sys.stderr.isatty():
        from rich.logging import RichHandler

        return RichHandler(console=stderr_console(), show_path=False, show_time=False)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-8s %(message)s"))
    return handler


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="odop", description="ODOP lists as clean, comparable data.")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser(
        "refresh", help="fetch, extract, normalise and snapshot every source",
        epilog="exit status: 0 every source is current; 2 a source failed; 3 none failed, but a source is stale "
               "(its URLs failed and the stored copy was used: the publisher may have moved the file)")
    p.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, help="source registry (default: sources.yaml)")
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA, help="data directory (default: data)")
    p.add_argument("--only", nargs="+", metavar="ID", help="refresh only these lists (reference sources always come along)")
    p.add_argument("--offline", action="store_true", help="use stored raw files (and the seed folder); no network")
    p.add_argument("--seed", type=Path, default=os.environ.get("ODOP_SEED") or None, metavar="DIR",
                   help="a folder of local copies: a pinned file the network cannot provide is taken from it "
                        "when its sha256 matches the pin (default: $ODOP_SEED)")
    p.add_argument("--wait", type=float, default=0.0, metavar="S", help="wait this long for another refresh's lock")
    p.add_argument("--timeout", type=float, metavar="S", help="seconds without data before a try is given up (over sources.yaml)")
    p.add_argument("--retries", type=int, metavar="N", help="further tries after a failed one (over sources.yaml)")
    p.add_argument("--max-bytes", type=int, metavar="N", help="refuse a larger download (over sources.yaml)")
    p.add_argument("--deadline", type=float, metavar="S", help="seconds for each source, all URLs and tries (over sources.yaml)")
    p.add_argument("--discover", action="store_true", help="first add new releases found on landing pages (as discover --add)")
    p.add_argument("--summary", type=Path, metavar="FILE.md",
                   help="append a markdown summary: the outcome of each source and, for each new snapshot, its diff "
                        "against the source's previous one (for a CI job summary)")

    p = commands.add_parser("discover", help="list releases on the sources' landing pages that sources.yaml does not have yet")
    p.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, help="source registry (default: sources.yaml)")
    p.add_argument("--add", action="store_true", help="append them to sources.yaml, keeping its comments and layout")

    p = commands.add_parser("extract", help="extract one local PDF, XLSX or CSV file (does not touch data/)")
    p.add_argument("file", type=Path)
    p.add_argument("-o", "--output", type=Path, help="OUT.csv or OUT.parquet (default: CSV to stdout)")
    p.add_argument("--text-layer", choices=["pdfium", "pdfplumber"], default="pdfium")
    p.add_argument("--state", metavar="NAME", help="a list of one state: the state of every row when the table has no state column")
    p.add_argument("--strict", action="store_true", help="exit 3 when the quality report has a failed check")
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA,
                   help="where the LGD directory is stored, to check that places resolve (default: data)")
    p.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, help="source registry (default: sources.yaml)")

    p = commands.add_parser("snapshots", help="list snapshots")
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)

    p = commands.add_parser("export", help="write CSV, XLSX and a Frictionless data package of every snapshot")
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    p.add_argument("--out", type=Path, default=DEFAULT_DATA / "export", help="export folder (default: data/export)")

    p = commands.add_parser("diff", help="compare two snapshots (ids SOURCE@YYYY-MM-DD, or paths)")
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    p.add_argument("--format", choices=["table", "markdown", "json", "html", "parquet"], default="table",
                   help="html: one self-contained page with a chart (write it with -o OUT.html)")
    p.add_argument("-o", "--output", type=Path, help="write to this file (required for parquet)")

    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO, format="%(message)s", handlers=[log_handler()],
    )
    try:
        commands = {"refresh": _refresh, "discover": _discover, "extract": _extract, "snapshots": _snapshots, "diff": _diff,
                    "export": _export}
        return commands[args.command](args)
    except Exception as exc:  # the last line of defence: one clear line, not a traceback
        from .extract import ExtractionError
        from .snapshot import SnapshotError
        from .sources import SourcesError
        from .store import LockedError

        if isinstance(exc, (ExtractionError, SnapshotError, SourcesError, LockedError, FileNotFoundError)):
            stderr_console().print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
            return 2
        raise


def _refresh(args) -> int:
    from rich.table import Table

    from .refresh import exit_status, refresh
    from .sources import load_sources

    discovery = _discover_releases(args.sources, add=True) if args.discover else None
    sources = load_sources(args.sources)
    if args.only:
        unknown = set(args.only) - {s.id for s in sources}
        if unknown:
            stderr_console().print(f"[red]error:[/red] unknown source id(s): {', '.join(sorted(unknown))}")
            return 2
    if args.seed is not None and not args.seed.is_dir():
        stderr_console().print(f"[red]error:[/red] seed folder {args.seed} is not a directory")
        return 2
    overrides = {name: value for name, value in (("read_timeout", args.timeout), ("retries", args.retries),
                                                 ("max_bytes", args.max_bytes), ("deadline", args.deadline)) if value is not None}
    outcomes = refresh(sources, args.data_dir, offline=args.offline, fetch_overrides=overrides, lock_wait=args.wait,
                       seed=args.seed, only=args.only)
    table = Table(title=f"refresh of {args.data_dir}")
    for name in ("source", "release", "rows", "districts", "status", "raw", "warnings", "review"):
        table.add_column(name, justify="right" if name in ("rows", "districts", "warnings") else "left")
    colour = {"new": "green", "unchanged": "cyan", "stale": "yellow", "failed": "red"}
    for o in outcomes:
        table.add_row(o.source, o.release, _n(o.rows), _n(o.districts), f"[{colour[o.status]}]{o.status}[/]", o.raw,
                      str(len(o.warnings)) if o.ok and o.release else "", _review(o))
    stderr_console().print(table)
    for o in outcomes:
        for line in filter(None, [o.note, o.change]):
            stderr_console().print(f"{o.source}: {line}", markup=False, highlight=False, soft_wrap=True)
        if o.status == "new" and o.warnings:
            stderr_console().print(f"{o.source}: {len(o.warnings)} warning(s), kept in the snapshot's _snapshot.json:", highlight=False)
            for w in o.warnings:
                stderr_console().print(f"  - {w}", markup=False, highlight=False, soft_wrap=True)
    if args.summary:
        _write_summary(args.summary, outcomes, args.data_dir, discovery)
    return exit_status(outcomes)


def _write_summary(path: Path, outcomes, data_dir: Path, discovery=None) -> None:
    from . import diff
    from .snapshot import list_snapshots

    lines = ["# ODOP refresh", "", "| source | release | rows | districts | status | review | raw | note |",
             "|---|---|---:|---:|---|---|---|---|"]
    for o in outcomes:
        note = (o.note or o.change).replace("|", "\\|")
        lines.append(f"| {o.source} | {o.release} | {_n(o.rows)} | {_n(o.districts)} | **{o.status}** | {_review(o)} | {o.raw} | {note} |")
    if discovery is not None:
        lines += ["", f"discover: {len(discovery.new)} new release(s) added, {len(discovery.passed_over)} link(s) that look "
                      f"like lists passed over, {len(discovery.problems)} problem(s)"]
        lines += [f"- {line}" for line in discovery.passed_over + discovery.problems]
    for o in outcomes:
        snaps = list_snapshots(data_dir, o.source) if o.status in ("new", "stale") else []
        if len(snaps) >= 2 and snaps[-1].release.isoformat() == o.release:
            old, new = snaps[-2], snaps[-1]
            lines += ["", diff.to_markdown(diff.compare(old.read(), new.read(), old.meta, new.meta, old.id, new.id))]
    with open(path, "a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def _discover(args) -> int:
    """Exit 0 when every landing page was read (whether or not anything is new), 2 otherwise."""
    return 2 if _discover_releases(args.sources, args.add).problems else 0


def _discover_releases(sources_path: Path, add: bool):
    """Read the landing pages, show what they link to, and with `add` declare the new releases."""
    from rich.table import Table

    from .discover import add_to_sources, discover
    from .sources import load_sources

    sources = load_sources(sources_path)
    found = discover(sources)
    table = Table(title=f"releases on the landing pages of {sources_path}")
    for name in ("id", "release", "version", "url", "status"):
        table.add_column(name)
    for release, status in [(r, "new") for r in found.new] + [(r, "known") for r in found.known]:
        table.add_row(release.id, str(release.release_date or "document"), release.version or "", release.url,
                      f"[green]{status}[/]" if status == "new" else status)
    stderr_console().print(table)
    for line in found.passed_over:
        stderr_console().print(f"[yellow]passed over:[/yellow] {line}", highlight=False, soft_wrap=True)
    for problem in found.problems:
        stderr_console().print(f"[red]{problem}[/red]", highlight=False, soft_wrap=True)
    if add and found.new:
        add_to_sources(sources_path, found.new, sources)
        stderr_console().print(f"added {len(found.new)} release(s) to {sources_path}: {', '.join(r.id for r in found.new)}", highlight=False)
    elif found.new:
        stderr_console().print(f"{len(found.new)} new release(s); add them with: python -m pipeline discover --add", highlight=False)
    return found


def _n(value) -> str:
    return "" if value is None else f"{value:,}"


def _review(outcome) -> str:
    """'needs review' when the snapshot's quality report failed a check (see its _snapshot.json)."""
    return "needs review" if outcome.needs_review else "ok" if outcome.ok and outcome.release else ""


def _extract(args) -> int:
    """Extract one file and print its quality report; places are checked when the LGD directory is
    in the data folder. pandas is imported only to check places or to write Parquet."""
    from . import quality
    from .extract import ExtractSettings, extract, records_csv
    from .gazetteer import gazetteer
    from .sources import load_sources
    from .store import MissingFileError, atomic_write_bytes

    result = extract(args.file, ExtractSettings(text_layer=args.text_layer, state=args.state))
    logging.info("%s: %d rows from %d page(s)", args.file, len(result.records), result.pages)
    try:
        places = gazetteer(args.data_dir, load_sources(args.sources))
    except (MissingFileError, FileNotFoundError) as exc:
        logging.info("places not checked: %s", exc)
        rows = None
    else:
        from . import normalise

        rows = normalise.run(result.rows, places)[0]
    review = quality.report(result, rows)
    log = logging.warning if review.needs_review else logging.info
    log("%s: quality report%s\n%s", args.file, ": needs review" if review.needs_review else "", "\n".join(review.lines()))
    if args.output is None:
        sys.stdout.write(records_csv(result.records))
    elif args.output.suffix == ".parquet":
        result.rows.to_parquet(args.output, index=False)
    else:
        atomic_write_bytes(args.output, records_csv(result.records).encode())
    return 3 if args.strict and review.needs_review else 0


def _export(args) -> int:
    from .export import run

    out = run(args.data_dir, args.out)
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    logging.info("exported %d files to %s: %s", len(files), out, ", ".join(map(str, files[:6])) + (", ..." if len(files) > 6 else ""))
    return 0


def _snapshots(args) -> int:
    from rich.console import Console
    from rich.table import Table

    from .snapshot import list_snapshots

    table = Table()
    for name in ("snapshot", "rows", "districts", "warnings", "raw sha256"):
        table.add_column(name, justify="right" if name in ("rows", "districts", "warnings") else "left")
    for s in list_snapshots(args.data_dir):
        table.add_row(s.id, _n(s.meta["rows"]), _n(s.meta["districts"]), str(len(s.meta.get("warnings", []))), s.meta["raw_sha256"][:12])
    Console().print(table)
    return 0


def _diff(args) -> int:
    from rich.console import Console

    from . import diff, snapshot

    old, new = snapshot.find(args.data_dir, args.old), snapshot.find(args.data_dir, args.new)
    result = diff.compare(old.read(), new.read(), old.meta, new.meta, old.id, new.id)
    if args.format == "parquet":
        if not args.output:
            stderr_console().print("[red]error:[/red] --format parquet needs -o OUT.parquet")
            return 2
        result.changes.to_parquet(args.output, index=False)
        return 0
    if args.format == "table":
        if args.output:
            with open(args.output, "w") as out:
                diff.print_table(result, Console(file=out, width=120))
        else:
            diff.print_table(result, Console())
        return 0
    text = {"markdown": diff.to_markdown, "json": diff.to_json, "html": diff.to_html}[args.format](result)
    if args.output:
        args.output.write_text(text)
    else:
        sys.stdout.write(text)
    return 0
