"""The command line as a newcomer meets it: one line for every problem, the format the output's
name asks for, help that explains, and exits that say what happened."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.extract import ExtractionError, ExtractSettings, extract

from .conftest import ROOT
from .fixtures.lists import ruled_list

LAYOUTS = ROOT / "tests" / "fixtures" / "layouts"
HEADER = ["Sr. No", "State Name", "District Name", "Product Name"]
ROWS = [("1", "Kerala", "Idukki", "Cardamom"), ("2", "Kerala", "Wayanad", "Coffee")]


def run(*args, cwd=ROOT, env=None, **kwargs):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120, **kwargs)


def test_version_and_verbose_after_the_command():
    assert run("--version").stdout.strip().startswith("odop ")
    done = run("snapshots", "-v", "--data-dir", str(ROOT / "tests"))
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("command", ["refresh", "discover", "extract", "snapshots", "export", "diff"])
def test_help_explains_every_argument(command):
    text = run(command, "--help").stdout
    for line in text.split("options:")[-1].splitlines() + text.split("positional arguments:")[-1].split("options:")[0].splitlines():
        words = line.split()
        if words and words[0].startswith(("-", "file", "old", "new")) and len(words) == 1:
            pytest.fail(f"{command}: {words[0]} has no help")  # an option alone on its line, its help below, is fine
    if command in ("refresh", "extract", "diff", "discover"):
        assert "exit status" in text


def test_extract_from_another_folder(tmp_path):
    """No sources.yaml in the working folder: places are not checked, the rows are written."""
    done = run("extract", str(LAYOUTS / "writer_ruled.sans.pdf"), "-o", "rows.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "places not checked" in done.stderr and "wrote rows.csv (csv, 148 rows)" in done.stderr
    assert len(pd.read_csv(tmp_path / "rows.csv")) == 148


@pytest.mark.parametrize("name, check", [
    ("rows.parquet", lambda p: len(pd.read_parquet(p)) == 2),
    ("rows.xlsx", lambda p: pd.read_excel(p)["product"].tolist() == ["Cardamom", "Coffee"]),
    ("rows.json", lambda p: [r["district"] for r in json.loads(p.read_text())] == ["Idukki", "Wayanad"]),
])
def test_extract_writes_the_format_its_output_names(tmp_path, name, check):
    ruled_list(tmp_path / "list.pdf", HEADER, ROWS, [50, 130, 130, 200])
    assert main(["extract", str(tmp_path / "list.pdf"), "-o", str(tmp_path / name)]) == 0
    assert check(tmp_path / name)


def test_an_output_format_that_cannot_be_told_is_refused_before_the_work(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing.pdf"), "-o", str(tmp_path / "rows.docx")]) == 2
    assert capsys.readouterr().err.strip() == (f"error: {tmp_path / 'rows.docx'}: cannot tell the format from the extension .docx; "
                                               "use one of .csv, .parquet, .xlsx, .json")


def test_diff_takes_its_format_from_the_output(archived_snapshots, tmp_path):
    base = ["diff", "odop-2022-01", "datagovin-odop", "--data-dir", str(archived_snapshots)]
    assert main(base + ["-o", str(tmp_path / "d.parquet")]) == 0
    assert set(pd.read_parquet(tmp_path / "d.parquet")["change"]) >= {"product added", "district added"}
    assert main(base + ["-o", str(tmp_path / "d.md")]) == 0
    assert (tmp_path / "d.md").read_text().startswith("# odop-2022-01@2022-01-24 -> datagovin-odop@2025-07-26")
    assert main(base + ["-o", str(tmp_path / "d.json")]) == 0
    json.loads((tmp_path / "d.json").read_text())
    assert main(base + ["-o", str(tmp_path / "d.pdf")]) == 2 and not (tmp_path / "d.pdf").exists()


def test_snapshots_for_programs(archived_snapshots, capsys):
    assert main(["snapshots", "--data-dir", str(archived_snapshots), "--json"]) == 0
    listed = {s["id"]: s for s in json.loads(capsys.readouterr().out)}
    assert listed["odop-2022-01@2022-01-24"]["rows"] == 790 and listed["investindia-odop-v31@2025-07-07"]["districts"] == 773
    assert main(["snapshots", "--data-dir", str(archived_snapshots)]) == 0  # piped here: tab-separated
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:3] == ["id", "rows", "districts"] and "odop-2022-01@2022-01-24\t790\t748" in lines[3]


def test_snapshots_of_a_missing_folder_is_an_error(tmp_path, capsys):
    assert main(["snapshots", "--data-dir", str(tmp_path / "nowhere")]) == 2
    assert "no such data folder" in capsys.readouterr().err


def test_a_held_lock_has_its_own_exit_and_says_how_to_wait(tmp_path, capsys):
    from pipeline.store import data_lock

    with data_lock(tmp_path / "data"):
        assert main(["refresh", "--data-dir", str(tmp_path / "data"), "--offline", "--only", "odop-2022-01"]) == 4
    err = capsys.readouterr().err
    assert "is being refreshed by pid" in err and "--wait SECONDS" in err


def test_a_data_folder_that_cannot_be_written_is_one_line_before_the_work(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "snapshots").write_text("a file where the snapshots folder should be")
    done = run("refresh", "--data-dir", str(data), "--offline")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [f"error: {data / 'snapshots'}: not a folder"]
    assert not (data / "raw" / "manifest.json").exists()


def test_the_tool_reads_its_own_export_back(archived_snapshots, tmp_path):
    assert main(["export", "--data-dir", str(archived_snapshots), "--out", str(tmp_path / "export")]) == 0
    back = extract(tmp_path / "export" / "latest" / "odop-2022-01.csv").rows
    snapshot = pd.read_parquet(next((archived_snapshots / "snapshots" / "source=odop-2022-01").glob("*/products.parquet")))
    assert back[["state", "district", "product"]].values.tolist() == snapshot[["state", "district", "product"]].values.tolist()


def test_codes_read_back_as_integers_with_plain_pandas(archived_snapshots):
    frame = pd.read_parquet(archived_snapshots / "snapshots")
    assert str(frame["district_lgd"].dtype) == "Int32" and frame["district_lgd"].isna().any()


def test_a_text_file_named_pdf_says_so(tmp_path):
    path = tmp_path / "list.pdf"
    path.write_text("State,District,Product\nKerala,Idukki,Tea\n")
    with pytest.raises(ExtractionError, match=r"named \.pdf but it holds plain text; expected a PDF file"):
        extract(path)


def test_files_far_beyond_a_list_are_refused_before_they_are_read(tmp_path):
    sheet = tmp_path / "big.csv"
    sheet.write_text("State,District,Product\n" + "Kerala,Idukki,Tea\n" * 50)
    with pytest.raises(ExtractionError, match="more than 20 rows, far beyond any list"):
        extract(sheet, ExtractSettings(max_rows=20))
    assert len(extract(sheet, ExtractSettings(max_rows=50)).records) == 50
    with pytest.raises(ExtractionError, match="4 pages, over the bound of 2 for a list"):
        extract(LAYOUTS / "writer_ruled.sans.pdf", ExtractSettings(max_pages=2))


def test_a_narrow_terminal_keeps_ids_and_statuses_whole(archived_snapshots, tmp_path):
    done = run("refresh", "--data-dir", str(archived_snapshots), "--offline", "--only", "investindia-odop-v31", env={"COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    table = lines[next(i for i, line in enumerate(lines) if line.startswith(" source ")):]
    row = next(line for line in table if "investindia-odop-v31" in line)
    assert row.split()[:6] == ["investindia-odop-v31", "2025-07-07", "1,241", "773", "unchanged", "pinned"]
    assert max(map(len, table)) <= 80


def test_ctrl_c_is_one_line(tmp_path):
    """Interrupted while worker processes read a scan: one line, no traceback, workers gone."""
    scan = ROOT / "tests" / "fixtures" / "scans" / "writer_ruled.serif.200dpi.pdf"
    # a shell starts a background job with Ctrl-C ignored, and Python keeps it so: as a user's
    # terminal would, the extraction starts with Ctrl-C's default however the tests were started
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(scan), "-o", str(tmp_path / "rows.csv")],
                               cwd=tmp_path, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    seen = ""
    while "reading them by OCR" not in seen:  # the workers are at work (however loaded the machine)
        line = process.stderr.readline()
        assert line, seen
        seen += line
    time.sleep(1)
    process.send_signal(signal.SIGINT)
    started = time.monotonic()
    _, err = process.communicate(timeout=30)
    err = seen + err
    assert process.returncode == 130, err
    assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("error: interrupted")
    assert time.monotonic() - started < 5 and not (tmp_path / "rows.csv").exists()
