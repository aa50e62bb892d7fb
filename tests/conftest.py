"""Shared fixtures: real documents found by their sha256, never copied into the repository.

A real file is taken from the seed folder (ODOP_SEED, default ../shared/reference beside the
project), else from pooch's download cache, downloading it from its public URL when there is
network. When none can provide it the test says which file is missing and how to get it: a skip
on a developer's machine, a failure with CI=true.
"""

from __future__ import annotations

import os
import shutil
from functools import lru_cache
from pathlib import Path

import pytest

from pipeline.gazetteer import gazetteer
from pipeline.sources import load_sources
from pipeline.store import find_by_sha256

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(os.environ.get("ODOP_SEED") or ROOT.parent / "shared" / "reference")
CACHE = Path(os.environ.get("ODOP_TEST_CACHE") or ROOT / "data" / "cache" / "test-files")
SOURCES = load_sources(ROOT / "sources.yaml")
ARCHIVED = ("lgd-states", "lgd-districts", "odop-2022-01", "datagovin-odop", "investindia-odop-v31")  # pinned sources the tests use

# Files that no public URL serves as they are (truths written for the shared reference folder):
# only a seed folder can provide them.
SEED_ONLY = {
    "odop_list_2022-01.district_lgd.json": "cc8946fabb4e5102a4cbb878d667ec185087e76fb6762de139542e4e7fc9fc25",
    "places-unseen/gov_master_2025.truth.csv": "ecc9de747e59751a4bf7eec5a7ecc2fc79b50dc05c866e660ce815d8fffa8f3d",
    "places-unseen/census2011.truth.csv": "1ababa2f76bbba44d6e2b195f7dce0f2ac82610fca14b7f79a3a3798d05d59ca",
    "places-unseen/covid19india.truth.csv": "6b80745f002e6ccfb60cd221071612d0aefb91c3ceb70b22bafb9b2b0449bd65",
}


@lru_cache(maxsize=None)
def _resolve(key: str) -> tuple[Path | None, str]:
    """(path, '') or (None, why it is missing) for a pinned source id or a SEED_ONLY name."""
    source = next((s for s in SOURCES if s.id == key), None)
    sha, url, name = (source.sha256, source.url, f"{key}.{source.format}") if source else (SEED_ONLY[key], None, key)
    found = find_by_sha256(SEED, sha)
    if found:
        return found, ""
    tried = f"not in the seed folder {SEED}"
    if url is None:
        return None, f"{tried}, and no public URL serves it"
    import pooch

    try:
        return Path(pooch.retrieve(url, known_hash=f"sha256:{sha}", fname=name, path=CACHE, progressbar=False)), ""
    except Exception as exc:  # no network, a moved file, a changed file: all mean "not available"
        return None, f"{tried}, not in the cache {CACHE}, and the download from {url} failed ({type(exc).__name__})"


def real_file(key: str) -> Path:
    """A real document by the id of its pinned source in sources.yaml, or its SEED_ONLY name."""
    path, why = _resolve(key)
    if path is None:
        message = (f"real file {key!r} is missing: {why}. Set ODOP_SEED to a folder holding it "
                   "(on the project's machines: ../shared/reference), or run with network.")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def jan_2022_pdf() -> Path:
    return real_file("odop-2022-01")


@pytest.fixture(scope="session")
def datagovin_xlsx() -> Path:
    return real_file("datagovin-odop")


@pytest.fixture(scope="session")
def seed_dir(tmp_path_factory) -> Path:
    """A seed folder holding the archived pinned files, wherever the resolver found them."""
    folder = tmp_path_factory.mktemp("seed")
    for key in ARCHIVED:
        source = real_file(key)
        shutil.copyfile(source, folder / source.name)
    return folder


@pytest.fixture(scope="session")
def reference_data(tmp_path_factory, seed_dir) -> Path:
    """A data directory holding the LGD reference files, refreshed from the seed."""
    from pipeline.refresh import refresh

    data = tmp_path_factory.mktemp("reference") / "data"
    outcomes = refresh(SOURCES, data, offline=True, seed=seed_dir, only=[])
    assert [o.status for o in outcomes] == ["new", "new"], outcomes
    return data


@pytest.fixture(scope="session")
def places(reference_data):
    """The gazetteer built from the LGD directory's pinned files."""
    return gazetteer(reference_data, SOURCES)


@pytest.fixture(scope="session")
def archived_snapshots(tmp_path_factory, seed_dir) -> Path:
    """Snapshots of the archived releases, refreshed offline from the seed once for the session."""
    from pipeline.refresh import refresh

    data = tmp_path_factory.mktemp("archived") / "data"
    outcomes = refresh(SOURCES, data, offline=True, seed=seed_dir, only=["odop-2022-01", "datagovin-odop", "investindia-odop-v31"])
    assert [(o.source, o.status) for o in outcomes] == [
        ("lgd-states", "new"), ("lgd-districts", "new"), ("odop-2022-01", "new"), ("datagovin-odop", "new"),
        ("investindia-odop-v31", "new")], outcomes
    return data
