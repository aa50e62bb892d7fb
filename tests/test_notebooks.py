"""Every notebook runs top to bottom against snapshots made in the test."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path, archived_snapshots, monkeypatch):
    monkeypatch.setenv("ODOP_DATA_DIR", str(archived_snapshots))
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for cell in notebook.cells for o in cell.get("outputs", [])]
    assert "odop-2022-01@2022-01-24 -> datagovin-odop@2025-07-26: products 790 -> 1241" in "".join(o.get("text", "") for o in outputs)
    # the chart is shown inline, as Jupyter shows it: a PNG in the executed notebook
    images = [o["data"]["image/png"] for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1 and len(images[0]) > 10_000


def test_there_is_a_notebook():
    assert NOTEBOOKS
