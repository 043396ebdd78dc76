"""Issue 9 item 7: the example master grafted onto workbooks other programs made, `run` twice.

Bases: every Excel-saved workbook (tests/data/excel-made), the files from other projects that once
broke the write-back (tests/data/foreign, origins in its README), and workbooks made here by
openpyxl, XlsxWriter and LibreOffice. The example master's sheets are added to each (its cell
comments removed first: the graft copies plain sheets), then the real ``run`` command writes into
it twice. After each run the package must be sound (verify.py's checks), every part ita-xl does
not own byte-identical (the four parts it edits may only gain pieces and settle after run 1),
and LibreOffice must open the result. A workbook in a layout ita-xl does not know is refused with
exit 2, one sentence, and left byte-identical.
"""
from __future__ import annotations

import hashlib
import shutil
import warnings
import zipfile
from pathlib import Path
from typing import Dict

import openpyxl
import pytest
import xlsxwriter
from builders import example_staff_sheets
from click.testing import CliRunner
from render import convert, convert_all
from test_writeback_splice import assert_preserved, parts

from ita_xl import errors
from ita_xl.cli import cli
from ita_xl.writeback import add_foreign_sheets
from ita_xl.writeback.verify import problems

HERE = Path(__file__).parent
EXAMPLE = HERE.parent / "workbooks" / "example-master.xlsx"
BETA = "apache-sample-beta.xlsx"
BASES = ([HERE / "data" / "excel-made" / n for n in sorted(
    p.name for p in (HERE / "data" / "excel-made").glob("*.xls*"))]
    + [p for p in sorted((HERE / "data" / "foreign").glob("*.xlsx")) if p.name != BETA])
MADE = ["openpyxl", "xlsxwriter"]
AGENCY = "เทศบาลตำบลหนองตัวอย่าง"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def tmp(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("corpus")


@pytest.fixture(scope="module")
def staff(tmp) -> Path:
    """The example master's sheets, without cell comments."""
    return example_staff_sheets(tmp / "staff.xlsx")


def openpyxl_base(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ข้อมูล"
    for i in range(1, 6):
        ws.append([i, i * 2, f"=A{i}+B{i}"])
    ws.freeze_panes = "A2"
    wb.create_sheet("Notes")["A1"] = "openpyxl"
    wb.save(path)
    return path


def xlsxwriter_base(path: Path) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    for i in range(5):
        ws.write_row(i, 0, [i, i * i])
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"values": "=Data!$B$1:$B$5"})
    ws.insert_chart("D2", chart)
    ws.data_validation("A10", {"validate": "integer", "criteria": ">", "value": 0})
    wb.define_name("Squares", "=Data!$B$1:$B$5")
    wb.close()
    return path


def run_twice(base: Path, staff: Path, tmp: Path) -> Dict[str, Path]:
    """Graft, then `ita-xl run` twice; each state kept as its own file."""
    grafted = tmp / f"grafted-{base.stem}{base.suffix}"
    add_foreign_sheets(base, staff, grafted)
    work = tmp / f"work-{base.stem}{base.suffix}"
    shutil.copy(grafted, work)
    files = {"base": base, "grafted": grafted}
    for n in (1, 2):
        result = CliRunner().invoke(cli, ["run", str(work), "--lang", "en", "--out", str(tmp / "out")])
        assert result.exit_code == 0, result.output
        files[f"run{n}"] = tmp / f"run{n}-{base.stem}{base.suffix}"
        shutil.copy(work, files[f"run{n}"])
    return files


def assert_sound_and_preserved(files: Dict[str, Path]) -> None:
    for n in ("run1", "run2"):
        with zipfile.ZipFile(files[n]) as zf:
            names = zf.namelist()
            assert zf.testzip() is None
        assert problems(files[n], names) == [], n
    assert_preserved(files["grafted"], files["run1"], files["run2"])
    before = parts(files["base"])
    after = parts(files["run2"])
    owned = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"}
    for name, data in before.items():  # and nothing the producer wrote was lost on the way
        assert name in after, name
        if name not in owned:
            assert after[name] == data, name


@pytest.fixture(scope="module")
def corpus(tmp, staff) -> Dict[str, Dict[str, Path]]:
    out = {}
    for base in BASES:
        out[base.name] = run_twice(base, staff, tmp)
    for maker in MADE:
        base = globals()[f"{maker}_base"](tmp / f"made-{maker}.xlsx")
        out[base.name] = run_twice(base, staff, tmp)
    return out


def test_corpus_is_complete():
    names = {p.name for p in BASES}
    assert len(names) == 24 + 2 and "SheetJS-large_strings.xlsx" in names and "apache-47889.xlsx" in names
    assert (HERE / "data" / "foreign" / "README.md").is_file()


@pytest.mark.parametrize("name", [p.name for p in BASES] + [f"made-{m}.xlsx" for m in MADE])
def test_graft_run_twice_is_sound_and_keeps_every_part(corpus, name):
    assert_sound_and_preserved(corpus[name])


def test_self_closing_styles_root_stays_well_formed(corpus):
    """apache-47889: ``<styleSheet .../>`` once became not well-formed; now it is opened."""
    files = corpus["apache-47889.xlsx"]
    styles = parts(files["run2"])["xl/styles.xml"].decode()
    assert "</styleSheet>" in styles and "<cellXfs" in styles
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(files["run2"])
    assert AGENCY in [c.value for row in wb["หน่วยงาน"].iter_rows() for c in row]


def test_a_large_compressible_sheet_is_copied_raw(corpus):
    """SheetJS-large_strings: its 54 MB sheet (120x) is neither refused nor inflated."""
    files = corpus["SheetJS-large_strings.xlsx"]
    with zipfile.ZipFile(files["base"]) as a, zipfile.ZipFile(files["run2"]) as b:
        big = a.getinfo("xl/worksheets/sheet1.xml")
        assert big.file_size > 50 << 20
        assert b.getinfo(big.filename).CRC == big.CRC
        assert b.getinfo(big.filename).compress_size == big.compress_size


def test_excel_2007_beta_namespace_is_refused_cleanly(tmp, staff):
    """apache-sample-beta: workbook.xml in the beta namespace once got a second <sheets>."""
    base = HERE / "data" / "foreign" / BETA
    with pytest.raises(errors.WriteBackRefused) as info:
        add_foreign_sheets(base, staff, tmp / "beta-graft.xlsx")
    assert not (tmp / "beta-graft.xlsx").exists()
    assert "2006/2" in info.value.message("en")
    # the same layout as a master ita-xl can read: `run` refuses, writes nothing into it
    normal = tmp / "grafted-apache-47889.xlsx"
    master = tmp / "beta-master.xlsx"
    with zipfile.ZipFile(normal) as zin, zipfile.ZipFile(master, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data = data.replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                    b"http://schemas.microsoft.com/office/excel/2006/2")
            zout.writestr(item.filename, data)
    before = sha(master)
    result = CliRunner().invoke(cli, ["run", str(master), "--lang", "en", "--out", str(tmp / "o-beta")])
    assert result.exit_code == 2, result.output
    said = [l for l in result.output.strip().splitlines() if not l.endswith("…")]
    assert len(said) == 1 and "left exactly as it was" in said[0] and "Traceback" not in result.output
    assert sha(master) == before


def test_libreoffice_opens_every_result(corpus, office, tmp):
    """LibreOffice loads each result and saves it again with the staff and computed sheets
    (test_writeback_excel_made renders the Excel-made ones to PDF; a layout of every one here
    would cost minutes)."""
    files = []
    for name, states in corpus.items():
        target = tmp / "render" / f"out-{Path(name).stem}.xlsx"
        target.parent.mkdir(exist_ok=True)
        shutil.copy(states["run2"], target)
        files.append(target)
    for out in convert_all(files, "xlsx", tmp / "render" / "lo", timeout=900):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(out, read_only=True)
        assert {"หน่วยงาน", "ITA-Comparison", "ITA-Findings"} <= set(wb.sheetnames), out.name
        assert AGENCY in [c.value for row in wb["หน่วยงาน"].iter_rows() for c in row], out.name
        wb.close()


def test_libreoffice_saved_base(office, tmp, staff):
    """A workbook LibreOffice itself saved, as the base."""
    src = openpyxl_base(tmp / "lo-src.xlsx")
    saved = convert(src, "xlsx:Calc MS Excel 2007 XML", tmp / "lo")
    base = tmp / "made-libreoffice.xlsx"
    shutil.copy(saved, base)
    assert_sound_and_preserved(run_twice(base, staff, tmp))
