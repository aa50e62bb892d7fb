"""The data directory: the content-addressed raw store, atomic writes and the refresh lock.

data/raw/SOURCE/<sha256>.<ext> holds every file ever accepted for a source, and
data/raw/SOURCE/manifest.json says where and when each came from. Nothing here is ever
overwritten in place: files are written beside their destination and renamed over it.

A seed folder (`refresh --seed DIR`) is a local stand-in for the network: any folder holding
copies of the pinned files, found by checksum whatever they are called.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import socket
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path


class LockedError(RuntimeError):
    """Another refresh holds the data directory."""


@dataclass
class RawEntry:
    """One accepted raw file and its provenance."""

    sha256: str
    bytes: int
    file: str  # name inside data/raw/SOURCE/
    url: str
    fetched_at: str  # ISO 8601, UTC
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    seeded_from: str | None = None  # the seed folder it was taken from, when not downloaded


class MissingFileError(FileNotFoundError):
    """A file the pipeline needs is not in the raw store; the message says how to get it."""


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def make_readable(path: Path, directory: bool = False) -> None:
    """Give a temporary file or folder (created 0600/0700) the usual permissions before it is
    renamed into place, as an ordinary write would: 0644/0755 under the common umask."""
    os.chmod(path, (0o777 if directory else 0o666) & ~_umask())


def find_by_sha256(folder: Path, sha256: str) -> Path | None:
    """The first file under `folder` (searched recursively) whose checksum is `sha256`."""
    folder = Path(folder)
    if not folder.is_dir():
        return None
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.startswith(".") and sha256_file(path) == sha256:
            return path
    return None


def atomic_write(path: Path, write) -> None:
    """Write a file whole or not at all: `write(tmp)` fills a temporary file beside `path`, which
    then replaces it; a failure (or Ctrl-C) leaves what was there before."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        make_readable(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    def write(tmp: Path) -> None:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())

    atomic_write(path, write)


def atomic_write_json(path: Path, data) -> None:
    atomic_write_bytes(path, (json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n").encode())


class RawStore:
    """The raw files of one source."""

    def __init__(self, data_dir: Path, source_id: str):
        self.dir = Path(data_dir) / "raw" / source_id
        self.manifest_path = self.dir / "manifest.json"

    def entries(self) -> list[RawEntry]:
        if not self.manifest_path.exists():
            return []
        data = json.loads(self.manifest_path.read_text())
        return [RawEntry(**e) for e in data.get("files", [])]

    def latest(self) -> RawEntry | None:
        """The newest raw file that is still on disk and intact."""
        for entry in sorted(self.entries(), key=lambda e: e.fetched_at, reverse=True):
            if (self.dir / entry.file).is_file():
                return entry
        return None

    def path(self, entry: RawEntry) -> Path:
        return self.dir / entry.file

    def pinned(self, sha256: str) -> RawEntry | None:
        """The stored file with this checksum, if it is on disk."""
        for entry in self.entries():
            if entry.sha256 == sha256 and self.path(entry).is_file():
                return entry
        return None

    def verified_copy(self, source_id: str, sha256: str | None) -> Path:
        """The file to read for a source: its pinned copy (or, unpinned, the latest), re-hashed so
        that a damaged file is never read."""
        entry = self.pinned(sha256) if sha256 else self.latest()
        how = f"python -m pipeline refresh --only {source_id} (offline: add --seed DIR, a folder holding it)"
        if entry is None:
            pin = f" with sha256 {sha256}" if sha256 else ""
            raise MissingFileError(f"{source_id}: no copy{pin} in {self.dir}; get it with: {how}")
        path = self.path(entry)
        if sha256_file(path) != entry.sha256:
            raise MissingFileError(f"{source_id}: {path} is damaged (its sha256 is not {entry.sha256}); get it again with: {how}")
        return path

    def temp_file(self) -> Path:
        """A temporary file beside the store, so that accepting it is an atomic rename."""
        self.dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.dir, prefix=".download.", suffix=".part")
        os.close(fd)
        make_readable(Path(tmp))
        return Path(tmp)

    def accept(self, tmp: Path, entry: RawEntry) -> RawEntry:
        """Move a checked download into the store under its checksum and record it."""
        final = self.dir / entry.file
        if final.exists() and sha256_file(final) == entry.sha256:
            tmp.unlink()
        else:
            os.replace(tmp, final)
        self.record(entry)
        return entry

    def record(self, entry: RawEntry) -> None:
        """Add or refresh a manifest entry (same checksum: newer validators and time)."""
        entries = [e for e in self.entries() if e.sha256 != entry.sha256] + [entry]
        atomic_write_json(self.manifest_path, {"files": [asdict(e) for e in entries]})


def remove_partial_downloads(data_dir: Path) -> list[Path]:
    """Delete the temporary files of downloads that a killed refresh left behind. Only safe
    while holding the data lock: no other refresh is writing."""
    leftovers = sorted((Path(data_dir) / "raw").glob("*/.download.*.part"))
    for path in leftovers:
        path.unlink(missing_ok=True)
    return leftovers


@contextlib.contextmanager
def data_lock(data_dir: Path, wait: float = 0.0):
    """Hold the data directory for one refresh; a second one waits `wait` seconds, then says who
    holds it."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    from filelock import FileLock, Timeout

    lock = FileLock(str(data_dir / ".lock"))
    owner = data_dir / ".lock.owner"
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        holder = owner.read_text().strip() if owner.exists() else "another process"
        raise LockedError(f"{data_dir} is being refreshed by {holder}; try again when it has finished, "
                          "or wait for it with --wait SECONDS") from None
    try:
        owner.write_text(f"pid {os.getpid()} on {socket.gethostname()} since {utc_now()}\n")
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            owner.unlink()
        lock.release()
