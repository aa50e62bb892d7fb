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


# Exit statuses of every command (refresh adds 3, a stale source; extract --strict adds 3, a doubt)
EXIT_ERROR, EXIT_LOCKED, EXIT_INTERRUPTED = 2, 4, 130


@functools.cache
def stderr_console():
    """rich's console on stderr, made when first needed: importing rich takes a tenth of a short run.
    Its width: the terminal's, else $COLUMNS, else 120 (a log file)."""
    from rich.console import Console

    return Console(stderr=True, width=None if sys.stderr.isatty() or os.environ.get("COLUMNS") else 120)


def stdout_console():
    from rich.console import Console

    return Console(width=None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 120)


def log_handler() -> logging.Handler:
    """rich's log lines on a terminal; in a file or a CI log, plain lines that are not re-wrapped."""
    if sys.stderr.isatty():
        from rich.logging import RichHandler

        return RichHandler(console=stderr_console(), show_path=False, show_time=False)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-8s %(message)s"))
    return handler


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="debug logging, and every warning in full")
    parser = argparse.ArgumentParser(
        prog="odop", parents=[common], description="ODOP lists as clean, comparable data.",
        epilog="exit status of every command: 0 done; 2 an error, said in one line; 4 another refresh holds the data "
               "folder; 130 interrupted (Ctrl-C). refresh and extract --strict also use 3 (see their --help).")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    data_dir = dict(type=Path, default=DEFAULT_DATA, metavar="DIR", help="the data folder: raw files and snapshots (default: data)")
    sources = dict(type=Path, default=DEFAULT_SOURCES, metavar="PATH", help="the source registry (default: sources.yaml)")

    p = commands.add_parser(
        "refresh", parents=[common], help="fetch, extract, normalise and snapshot every source",
        epilog="exit status: 0 every source is current; 2 a source failed; 3 none failed, but a source is stale "
               "(its URLs failed and the stored copy was used: the publisher may have moved the file); "
               "4 another refresh holds the data folder (wait for it with --wait); 130 interrupted")
    p.add_argument("--sources", **sources)
    p.add_argument("--data-dir", **data_dir)
    p.add_argument("--only", nargs="+", metavar="ID", help="refresh only these lists (reference sources always come along)")
    p.add_argument("--offline", action="store_true", help="use stored raw files (and the seed folder); no network")
    p.add_argument("--seed", type=Path, default=os.environ.get("ODOP_SEED") or None, metavar="DIR",
                   help="a folder of local copies: a pinned file the network cannot provide is taken from it "
                        "when its sha256 matches the pin (default: $ODOP_SEED)")
    p.add_argument("--wait", type=float, default=0.0, metavar="S", help="wait this long for another refresh's lock (default: 0)")
    p.add_argument("--timeout", type=float, metavar="S", help="seconds without data before a try is given up (over sources.yaml)")
    p.add_argument("--retries", type=int, metavar="N", help="further tries after a failed one (over sources.yaml)")
    p.add_argument("--max-bytes", type=int, metavar="N", help="refuse a larger download (over sources.yaml)")
    p.add_argument("--deadline", type=float, metavar="S", help="seconds for each source, all URLs and tries (over sources.yaml)")
    p.add_argument("--discover", action="store_true", help="first add new releases found on landing pages (as discover --add)")
    p.add_argument("--summary", type=Path, metavar="FILE.md",
                   help="append a markdown summary: the outcome of each source and, for each new snapshot, its diff "
                        "against the source's previous one (for a CI job summary)")

    p = commands.add_parser("discover", parents=[common], help="list releases on the sources' landing pages that sources.yaml does not have yet",
                            epilog="exit status: 0 every landing page was read; 2 one could not be read")
    p.add_argument("--sources", **sources)
    p.add_argument("--add", action="store_true", help="append them to sources.yaml, keeping its comments and layout")

    p = commands.add_parser(
        "extract", parents=[common], help="extract one local PDF, XLSX or CSV file (does not touch data/)",
        epilog="exit status: 0 extracted; 2 the file cannot be read as a list (said in one line); "
               "3 with --strict, the quality report doubts a row")
    p.add_argument("file", type=Path, help="the list: a PDF, XLSX or CSV file (UTF-8 or Windows-1252)")
    p.add_argument("-o", "--output", type=Path, metavar="OUT",
                   help="write the rows here, in the format its extension names: " + ", ".join(EXTRACT_FORMATS)
                        + " (default: CSV to stdout)")
    p.add_argument("--text-layer", choices=["pdfium", "pdfplumber"], default="pdfium",
                   help="what reads a PDF's characters: pdfium (default, fast) or pdfplumber (a second opinion)")
    p.add_argument("--state", metavar="NAME", help="a list of one state: the state of every row when the table has no state column")
    p.add_argument("--strict", action="store_true", help="exit 3 when the quality report doubts a row (notes do not count)")
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA, metavar="DIR",
                   help="where the LGD directory is stored, to check that places resolve (default: data)")
    p.add_argument("--sources", **sources)

    p = commands.add_parser("snapshots", parents=[common], help="list snapshots",
                            epilog="a table on a terminal; tab-separated lines when piped; --json for programs")
    p.add_argument("--data-dir", **data_dir)
    p.add_argument("--json", action="store_true", help="one JSON array: id, source, release, rows, districts, needs_review, raw_sha256")

    p = commands.add_parser("export", parents=[common], help="write CSV, XLSX and a Frictionless data package of every snapshot")
    p.add_argument("--data-dir", **data_dir)
    p.add_argument("--out", type=Path, default=DEFAULT_DATA / "export", metavar="DIR", help="export folder (default: data/export)")

    p = commands.add_parser("serve", parents=[common], help="browse the export's odop.sqlite with Datasette (an optional extra)",
                            epilog="exit status: 0 stopped with Ctrl-C; 2 no export, or Datasette is not installed")
    p.add_argument("--out", type=Path, default=DEFAULT_DATA / "export", metavar="DIR", help="the export folder (default: data/export)")
    p.add_argument("--port", type=int, default=8001, help="port on 127.0.0.1 (default: 8001)")

    p = commands.add_parser("diff", parents=[common], help="compare two snapshots (ids SOURCE@YYYY-MM-DD, or paths)",
                            epilog="exit status: 0 compared; 2 a snapshot was not found or an output cannot be written")
    p.add_argument("old", help="the older snapshot: SOURCE@YYYY-MM-DD, SOURCE (its latest) or a release folder")
    p.add_argument("new", help="the newer snapshot, named the same ways")
    p.add_argument("--data-dir", **data_dir)
    p.add_argument("--format", choices=list(DIFF_FORMATS),
                   help="table (default on screen), markdown, json, html (one self-contained page) or parquet; "
                        "with -o, taken from the file's extension when not given")
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help="write to this file (.txt, .md, .json, .html or .parquet)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if getattr(args, "verbose", False) else logging.INFO, format="%(message)s", handlers=[log_handler()],
    )
    commands = {"refresh": _refresh, "discover": _discover, "extract": _extract, "snapshots": _snapshots, "diff": _diff,
                "export": _export, "serve": _serve}
    try:
        return commands[args.command](args)
    except KeyboardInterrupt:
        _error("interrupted: nothing was half-written (raw files, snapshots and exports are written whole or not at all)")
        return EXIT_INTERRUPTED
    except Exception as exc:  # the last line of defence: one clear line, not a traceback
        from .extract import ExtractionError
        from .snapshot import SnapshotError
        from .sources import SourcesError
        from .store import LockedError

        if isinstance(exc, LockedError):
            _error(str(exc))
            return EXIT_LOCKED
        if isinstance(exc, (ExtractionError, SnapshotError, SourcesError, UsageError)):
            _error(str(exc))
            return EXIT_ERROR
        if isinstance(exc, OSError):  # permissions, a full disk, a file where a folder should be
            _error(_os_error(exc))
            return EXIT_ERROR
        raise


class UsageError(ValueError):
    """The command's arguments cannot be carried out as given; the message says what to do."""


def _error(message: str) -> None:
    stderr_console().print(f"[red]error:[/red] {message}", markup=True, highlight=False, soft_wrap=True)


def _os_error(exc: OSError) -> str:
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"


def output_format(path: Path | None, given: str | None, formats: dict[str, str], default: str) -> str:
    """The format to write: as given, else the output file's extension, else `default`; an
    extension that names no known format is refused rather than written in another one."""
    if given or path is None:
        return given or default
    suffix = path.suffix.lower()
    if suffix not in formats.values():
        known = ", ".join(formats.values())
        raise UsageError(f"{path}: cannot tell the format from the extension {suffix or '(none)'}; use one of {known}")
    return next(name for name, ext in formats.items() if ext == suffix)


def writable(*folders: Path) -> None:
    """Each folder, or the folder it would be made in, takes a file: checked before any work is
    done, so that a permission problem is one line, not a traceback after the work."""
    import errno
    import tempfile

    for folder in folders:
        while not folder.exists() and folder.parent != folder:
            folder = folder.parent
        if not folder.is_dir():
            raise OSError(errno.ENOTDIR, "not a folder", str(folder))
        with tempfile.TemporaryFile(dir=folder):
            pass


EXTRACT_FORMATS = {"csv": ".csv", "parquet": ".parquet", "xlsx": ".xlsx", "json": ".json"}
DIFF_FORMATS = {"table": ".txt", "markdown": ".md", "json": ".json", "html": ".html", "parquet": ".parquet"}


def _refresh(args) -> int:
    from rich import box
    from rich.table import Table

    from .refresh import exit_status, refresh
    from .sources import load_sources

    discovery = _discover_releases(args.sources, add=True) if args.discover else None
    sources = load_sources(args.sources)
    if args.only:
        unknown = set(args.only) - {s.id for s in sources}
        if unknown:
            raise UsageError(f"unknown source id(s): {', '.join(sorted(unknown))} (declared: {', '.join(s.id for s in sources)})")
    if args.seed is not None and not args.seed.is_dir():
        raise UsageError(f"seed folder {args.seed} is not a directory")
    writable(args.data_dir, args.data_dir / "raw", args.data_dir / "snapshots")
    overrides = {name: value for name, value in (("read_timeout", args.timeout), ("retries", args.retries),
                                                 ("max_bytes", args.max_bytes), ("deadline", args.deadline)) if value is not None}
    outcomes = refresh(sources, args.data_dir, offline=args.offline, fetch_overrides=overrides, lock_wait=args.wait,
                       seed=args.seed, only=args.only)
    # fits 80 columns: ids, dates, counts and statuses are never cut; the words of raw and review
    # wrap on a narrow terminal; the warnings are counted below the table
    table = Table(title=f"refresh of {args.data_dir}", box=box.SIMPLE_HEAD, padding=(0, 1, 0, 0), pad_edge=False)
    for name in ("source", "release", "rows", "districts", "status", "raw", "review"):
        table.add_column(name, justify="right" if name in ("rows", "districts") else "left", no_wrap=name not in ("raw", "review"))
    colour = {"new": "green", "unchanged": "cyan", "stale": "yellow", "failed": "red"}
    for o in outcomes:
        table.add_row(o.source, o.release, _n(o.rows), _n(o.districts), f"[{colour[o.status]}]{o.status}[/]", o.raw, _review(o))
    stderr_console().print(table)
    verbose = getattr(args, "verbose", False)
    for o in outcomes:
        for line in filter(None, [o.note, o.change]):
            stderr_console().print(f"{o.source}: {line}", markup=False, highlight=False, soft_wrap=True)
        if o.status == "new" and o.warnings:
            stderr_console().print(f"{o.source}: {_plural(len(o.warnings), 'warning')} ({_kinds(o.warnings)}), kept in the "
                                   f"snapshot's _snapshot.json{':' if verbose else '; -v lists them'}", highlight=False, markup=False,
                                   soft_wrap=True)
            for w in o.warnings if verbose else []:
                stderr_console().print(f"  - {w}", markup=False, highlight=False, soft_wrap=True)
    if args.summary:
        _write_summary(args.summary, outcomes, args.data_dir, discovery)
    return exit_status(outcomes)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _kinds(warnings: list[str]) -> str:
    """'district unresolved: 3, serial skips: 1': what the warnings are about, counted."""
    from collections import Counter

    counts = Counter(w.split(":", 1)[0] if ":" in w[:40] else "other" for w in warnings)
    return ", ".join(f"{kind} {n}" for kind, n in counts.most_common())


def _write_summary(path: Path, outcomes, data_dir: Path, discovery=None) -> None:
    from . import diff
    from .snapshot import list_snapshots

    lines = ["# ODOP refresh", "", "| source | release | rows | districts | status | review | raw | note |",
             "|---|---|---:|---:|---|---|---|---|"]
    for o in outcomes:
        note = (o.note or o.change).replace("|", "\\|")
        lines.append(f"| {o.source} | {o.release} | {_n(o.rows)} | {_n(o.districts)} | **{o.status}** | {_review(o)} | {o.raw} | {note} |")
    for o in outcomes:
        snaps = list_snapshots(data_dir, o.source) if o.status == "new" and o.needs_review else []
        if snaps and snaps[-1].release.isoformat() == o.release:
            doubts = [f for f in snaps[-1].meta["quality"].get("findings", []) if f["kind"] == "doubt"]
            lines += ["", f"**{snaps[-1].id}**: {_plural(len(doubts), 'doubt')}, first {min(len(doubts), 5)}:"]
            lines += [f"- {f['check']}: {f['detail']}".replace("|", "\\|") for f in doubts[:5]]
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
    """'3 doubts' when the snapshot's quality report doubts rows (see its review column and
    _snapshot.json), else 'ok' (with its notes: what the publisher printed oddly)."""
    if not (outcome.ok and outcome.release):
        return ""
    if outcome.needs_review:
        return _plural(outcome.doubts, "doubt")
    return "ok" + (f", {_plural(outcome.notes, 'note')}" if outcome.notes else "")


def _extract(args) -> int:
    """Extract one file and print its quality report; places are checked when the LGD directory is
    in the data folder. pandas is imported only to check places or to write a frame."""
    from . import quality
    from .extract import ROW_COLUMNS, ExtractSettings, extract, records_csv
    from .gazetteer import gazetteer
    from .sources import SourcesError, load_sources
    from .store import MissingFileError, atomic_write, atomic_write_bytes

    fmt = output_format(args.output, None, EXTRACT_FORMATS, "csv")
    if args.output is not None:
        writable(args.output.parent if str(args.output.parent) else Path("."))
    # where places are checked is settled before the work: a missing registry only skips the check
    try:
        places = gazetteer(args.data_dir, load_sources(args.sources))
    except (MissingFileError, SourcesError) as exc:
        logging.info("places not checked: %s", exc)
        places = None
    result = extract(args.file, ExtractSettings(text_layer=args.text_layer, state=args.state), places)
    where = "sheet" if result.located_by == "sheet row" else _plural(result.pages, "page")
    logging.info("%s: %s from %s", args.file, _plural(len(result.records), "row"), where)
    rows = None
    if places is not None:
        from . import normalise

        rows = normalise.run(result.rows, places)[0]
    review = quality.report(result, rows)
    for record, reasons in zip(result.records, review.review_column()):
        record["review"] = reasons
    flagged = sum(bool(r["review"]) for r in result.records)
    verdict = f": needs review ({_plural(flagged, 'row')} doubted)" if review.needs_review else ""
    (logging.warning if review.needs_review else logging.info)("%s: quality report%s\n%s", args.file, verdict, "\n".join(review.lines()))
    columns = [*ROW_COLUMNS, "review"]
    if args.output is None:
        sys.stdout.write(records_csv(result.records, columns))
    elif fmt == "csv":
        atomic_write_bytes(args.output, records_csv(result.records, columns).encode())
    else:
        frame = result.rows.assign(review=[r["review"] for r in result.records])
        write = {"parquet": lambda tmp: frame.to_parquet(tmp, index=False),
                 "xlsx": lambda tmp: frame.to_excel(tmp, index=False, engine="openpyxl"),
                 "json": lambda tmp: frame.to_json(tmp, orient="records", force_ascii=False, indent=1)}[fmt]
        atomic_write(args.output, write)
    if args.output is not None:
        logging.info("wrote %s (%s, %s)", args.output, fmt, _plural(len(result.records), "row"))
    return 3 if args.strict and review.needs_review else 0


def _export(args) -> int:
    from .export import run

    out = run(args.data_dir, args.out)
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    logging.info("exported %s to %s: %s", _plural(len(files), "file"), out, ", ".join(map(str, files[:6])) + (", ..." if len(files) > 6 else ""))
    return 0


def _serve(args) -> int:
    """Datasette over the export: its process runs until Ctrl-C."""
    import importlib.util
    import subprocess

    from .browse import SQLITE_NAME, serve_command

    if not (args.out / SQLITE_NAME).is_file():
        raise UsageError(f"{args.out / SQLITE_NAME}: no such file; write it with: python -m pipeline export --out {args.out}")
    if importlib.util.find_spec("datasette") is None:
        raise UsageError("Datasette is not installed: pip install 'odop-pipeline[serve]' (make serve installs it)")
    logging.info("serving %s on http://127.0.0.1:%d/ (Ctrl-C stops it)", args.out / SQLITE_NAME, args.port)
    try:
        return subprocess.run(serve_command(args.out, args.port)).returncode
    except KeyboardInterrupt:
        return 0


def _snapshots(args) -> int:
    import json

    from .snapshot import list_snapshots

    if not args.data_dir.is_dir():
        raise UsageError(f"{args.data_dir}: no such data folder (make one with: python -m pipeline refresh --data-dir {args.data_dir})")
    snapshots = [{"id": s.id, "source": s.source, "release": s.release.isoformat(), "rows": s.meta["rows"],
                  "districts": s.meta["districts"], "needs_review": s.meta.get("needs_review", False),
                  "warnings": len(s.meta.get("warnings", [])), "raw_sha256": s.meta["raw_sha256"]}
                 for s in list_snapshots(args.data_dir)]
    if args.json:
        sys.stdout.write(json.dumps(snapshots, indent=1) + "\n")
    elif not sys.stdout.isatty():  # piped: plain tab-separated lines, a header first
        names = ["id", "rows", "districts", "needs_review", "warnings", "raw_sha256"]
        sys.stdout.write("\n".join("\t".join(str(row[n]) for n in names) for row in [dict(zip(names, names))] + snapshots) + "\n")
    else:
        from rich.table import Table

        table = Table()
        for name in ("snapshot", "rows", "districts", "review", "warnings", "raw sha256"):
            table.add_column(name, justify="right" if name in ("rows", "districts", "warnings") else "left", no_wrap=name == "snapshot")
        for s in snapshots:
            table.add_row(s["id"], _n(s["rows"]), _n(s["districts"]), "needs review" if s["needs_review"] else "ok",
                          str(s["warnings"]), s["raw_sha256"][:12])
        stdout_console().print(table)
    if not snapshots:
        logging.info("no snapshots in %s yet: python -m pipeline refresh --data-dir %s makes them", args.data_dir, args.data_dir)
    return 0


def _diff(args) -> int:
    from rich.console import Console

    from . import diff, snapshot
    from .store import atomic_write, atomic_write_bytes

    fmt = output_format(args.output, args.format, DIFF_FORMATS, "table")
    if fmt == "parquet" and not args.output:
        raise UsageError("--format parquet needs -o OUT.parquet")
    old, new = snapshot.find(args.data_dir, args.old), snapshot.find(args.data_dir, args.new)
    result = diff.compare(old.read(), new.read(), old.meta, new.meta, old.id, new.id)
    if fmt == "parquet":
        atomic_write(args.output, lambda tmp: result.changes.to_parquet(tmp, index=False))
    elif fmt == "table" and not args.output:
        diff.print_table(result, stdout_console())
    else:
        if fmt == "table":
            import io

            text = io.StringIO()
            diff.print_table(result, Console(file=text, width=120))
            text = text.getvalue()
        else:
            text = {"markdown": diff.to_markdown, "json": diff.to_json, "html": diff.to_html}[fmt](result)
        if not args.output:
            sys.stdout.write(text)
            return 0
        atomic_write_bytes(args.output, text.encode())
    if args.output:
        logging.info("wrote %s (%s)", args.output, fmt)
    return 0
