"""The data directory: the content-addressed raw store, atomic writes and the refresh lock.

data/raw/SOURCE/<sha256>.<ext> holds every file ever accepted for a source, and
data/raw/SOURCE/manifest.json says where and when each came from. Nothing here is ever
overwritten in place: files are written beside their destination and renamed over it.
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

from filelock import FileLock, Timeout


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


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


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

    def temp_file(self) -> Path:
        """A temporary file beside the store, so that accepting it is an atomic rename."""
        self.dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.dir, prefix=".download.", suffix=".part")
        os.close(fd)
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


@contextlib.contextmanager
def data_lock(data_dir: Path, wait: float = 0.0):
    """Hold the data directory for one refresh; a second one waits `wait` seconds, then says who
    holds it."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(data_dir / ".lock"))
    owner = data_dir / ".lock.owner"
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        holder = owner.read_text().strip() if owner.exists() else "another process"
        raise LockedError(f"{data_dir} is being refreshed by {holder}; try again when it has finished") from None
    try:
        owner.write_text(f"pid {os.getpid()} on {socket.gethostname()} since {utc_now()}\n")
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            owner.unlink()
        lock.release()
