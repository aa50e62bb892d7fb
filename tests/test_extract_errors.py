"""Bad input: a clear error naming the file (and page) and what was expected, never empty rows."""

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.extract import ExtractionError, extract

from .fixtures.lists import ruled_list


def raises(path, *fragments):
    with pytest.raises(ExtractionError) as info:
        extract(path)
    message = str(info.value)
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message, message


def test_not_a_pdf(tmp_path):
    path = tmp_path / "list.pdf"
    path.write_text("<!DOCTYPE html><html><title>Session expired</title></html>")
    raises(path, "expected a PDF, XLSX or CSV file, found an HTML page")


def test_truncated_pdf(tmp_path, jan_2022_pdf):
    path = tmp_path / "cut.pdf"
    path.write_bytes(jan_2022_pdf.read_bytes()[:200_000])
    raises(path, "truncated")


def test_encrypted_pdf(tmp_path):
    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt="secret")
    c.drawString(72, 720, "S. No.  State  District  Product")
    c.save()
    raises(path, "encrypted")


def test_pdf_without_a_table(tmp_path):
    path = tmp_path / "letter.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 760, "Office Memorandum: the list will be published next month.")
    c.save()
    raises(path, "no table found on 1 page(s)", "state, district and product")


def test_header_that_cannot_be_mapped(tmp_path):
    path = tmp_path / "odd.pdf"
    ruled_list(path, ["S. No.", "State", "Region", "Product"], [("1", "Goa", "North", "Cashew")], [40, 100, 100, 200])
    raises(path, "page 1", "cannot be mapped", "district")


def test_scanned_pages_without_text(tmp_path):
    from PIL import Image

    image = tmp_path / "scan.png"
    Image.new("RGB", (200, 100), "white").save(image)
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        c.drawImage(str(image), 50, 400, 400, 200)
        c.showPage()
    c.save()
    raises(path, "page(s) 1, 2", "no text layer and OCR found no table text")


def test_missing_file(tmp_path):
    raises(tmp_path / "nothing.pdf", "no such file")


def test_a_directory_and_an_empty_file_say_what_they_are(tmp_path):
    raises(tmp_path, "is a directory")
    empty = tmp_path / "list.csv"
    empty.write_bytes(b"")
    raises(empty, "the file is empty (0 bytes)")


def test_csv_saved_by_excel_in_windows_1252(tmp_path):
    """Excel on an Indian Windows machine saves CSV in Windows-1252: read it, and say so."""
    path = tmp_path / "list.csv"
    text = "Sr. No.,State,District,Product\r\n1,Karnataka,Mysuru,Mysore Pak – sweets\r\n2,Kerala,Alappuzha,Coir “mats”\r\n"
    path.write_bytes(text.encode("cp1252"))
    result = extract(path)
    assert result.encoding == "cp1252"
    assert result.rows["product"].tolist() == ["Mysore Pak – sweets", "Coir “mats”"]
    path.write_bytes(text.encode("utf-8"))
    assert extract(path).encoding == "utf-8-sig"
