"""`ita-xl framework` (years on file, sources, what is unverified), `ita-xl framework new YEAR`
(a copy of the latest year for a user to correct) and `ita-xl new` for the years around today."""
from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest
from click.testing import CliRunner

from ita_xl import messages
from ita_xl.cli import cli
from ita_xl.framework import ENV_DIR, load_framework
from ita_xl.master.reader import read_master
from ita_xl.starter import new_master, starting_years


@pytest.fixture(autouse=True)
def no_env_dir(monkeypatch):
    monkeypatch.delenv(ENV_DIR, raising=False)


def invoke(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def test_framework_lists_years_schemes_and_what_is_unverified():
    result = invoke("framework", "--lang", "en")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    years = [line.split()[0] for line in lines if line[:4].isdigit()]
    assert years == [str(y) for y in range(2563, 2570)]
    assert "2565  grades AA–F  shipped with ita-xl" in lines
    assert "2566  five rating levels  shipped with ita-xl" in lines
    after_2569 = lines[lines.index("2569  five rating levels  shipped with ita-xl") + 1:]
    assert after_2569[0].strip().startswith("assumed equal to 2568")
    assert "weights" in after_2569[1] and "national result" in after_2569[1]
    thai = invoke("framework").output
    assert "สมมติว่าเหมือนปี 2568" in thai and "น้ำหนักตัวชี้วัด" in thai


def test_framework_new_writes_a_copy_to_correct_and_says_where(tmp_path):
    folder = tmp_path / "mine"
    result = invoke("framework", "new", 2570, "--dir", folder, "--lang", "en")
    assert result.exit_code == 0, result.output
    path = folder / "2570.json"
    assert str(path) in result.output and "a copy of 2569" in result.output
    assert messages.text("framework.new.not-read", "en", variable=ENV_DIR,
                         folder=str(folder)) in result.output
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["year"] == 2570 and data["assumed_from"] == 2569 and data["national"] is None
    assert {f["flag"] for f in data["facts"].values()} == {"unverified"}
    fw = load_framework(2570, extra_dirs=[folder])
    assert fw.assumed_from == 2569 and fw.rate(96, {"IIT": 96, "EIT": 96, "OIT": 96}).code == \
        "excellent"
    again = invoke("framework", "new", 2570, "--dir", folder)
    assert again.exit_code == 2 and path.read_text(encoding="utf-8") == json.dumps(
        data, ensure_ascii=False, indent=2) + "\n"


def test_framework_new_into_the_env_folder_is_read_at_once(tmp_path):
    folder = tmp_path / "env"
    result = invoke("framework", "new", 2571, "--lang", "en", env={ENV_DIR: str(folder)})
    assert result.exit_code == 0, result.output
    assert "does not read this folder" not in result.output
    listing = invoke("framework", "--lang", "en", env={ENV_DIR: str(folder)}).output
    assert f"2571  five rating levels  {folder / '2571.json'}" in listing


def test_framework_new_without_a_folder_says_what_to_do():
    result = invoke("framework", "new", 2570, "--lang", "en")
    assert result.exit_code == 2
    assert "--dir" in result.output and ENV_DIR in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("today, years", [
    (date(2027, 1, 15), [2567, 2568, 2569]),  # fiscal year 2570: staff analyse 2569
    (date(2026, 10, 1), [2567, 2568, 2569]),  # 1 October starts fiscal year 2570
    (date(2026, 9, 30), [2566, 2567, 2568]),
    (date(2022, 11, 1), [2563, 2564, 2565]),
])
def test_starting_years_follow_today(today, years):
    assert starting_years(today) == years


def test_new_master_has_the_years_around_today_and_their_labels(tmp_path):
    path = new_master(tmp_path / "m.xlsx", today=date(2027, 1, 15))
    wb = openpyxl.load_workbook(path)
    scores = [c.value for c in wb["คะแนนตัวชี้วัด"][1]]
    assert scores[2:5] == ["ปี 2567", "ปี 2568", "ปี 2569"]
    assert wb["คะแนนตัวชี้วัด"]["B9"].value == "8 การปรับปรุงระบบการทำงาน"
    assert wb["หน่วยงาน"]["B2"].value == 2569
    results = wb["ผลการประเมิน"]
    assert [c.value for c in results[1]] == ["ปีงบประมาณ", "คะแนนรวม", "IIT", "EIT", "OIT", "ระดับ"]
    assert [results.cell(r, 1).value for r in (2, 3, 4)] == [2567, 2568, 2569]
    lists = [dv.formula1 for dv in results.data_validations.dataValidation]
    assert lists and all("ผ่านดีเยี่ยม" in f and "AA" not in f for f in lists)
    master = read_master(path)
    assert [y.year for y in master.scores.years] == [2567, 2568, 2569]
    assert set(master.results.instrument_headers) == {"IIT", "EIT", "OIT"}


def test_new_master_of_a_letter_era_offers_letters(tmp_path):
    path = new_master(tmp_path / "old.xlsx", today=date(2022, 11, 1))
    lists = [dv.formula1 for dv in
             openpyxl.load_workbook(path)["ผลการประเมิน"].data_validations.dataValidation]
    assert lists and all('"AA,A,B,C,D,E,F"' == f for f in lists)


def test_new_command_says_which_years(tmp_path):
    result = invoke("new", tmp_path / "n.xlsx", "--lang", "en")
    assert result.exit_code == 0, result.output
    years = starting_years()
    assert f"analysing {years[-1]}" in result.output


def test_framework_listing_on_a_thai_windows_console(tmp_path):
    """cp874 holds Thai but not every symbol: the listing is readable, never a traceback."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "cp874"}
    env.pop(ENV_DIR, None)
    proc = subprocess.run([sys.executable, "-m", "ita_xl", "framework"], capture_output=True,
                          env=env, cwd=tmp_path)
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr
    text = proc.stdout.decode("cp874")
    assert "2569" in text and "สมมติว่าเหมือนปี 2568" in text
    proc = subprocess.run([sys.executable, "-m", "ita_xl", "framework", "2569"],
                          capture_output=True, env=env, cwd=tmp_path)
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr
    assert "ที่มา: assumed from 2568" in proc.stdout.decode("cp874")


# --- `ita-xl framework YEAR`: each fact's flag and source ----------------------------------------

def _fact_lines(output):
    return {line.split(":", 1)[0].strip(): line for line in output.splitlines()
            if line.startswith("    ") and ":" in line}


def test_framework_year_shows_each_assumed_facts_source_for_2569():
    result = invoke("framework", "2569", "--lang", "en")
    assert result.exit_code == 0, result.output
    lines = _fact_lines(result.output)
    assert lines["weights"] == ("    weights: unverified — source: assumed from 2568 "
                                "(no public 2569 source found)")
    assert "assumed from 2568" in lines["rating rule"]
    none = messages.text("framework.source.none", "en")
    assert lines["national result"].endswith(none)  # no 2569 national result, no source
    thai = invoke("framework", "--lang", "th", "2569").output  # --lang before the year too
    assert "น้ำหนักตัวชี้วัด: ยังไม่ยืนยัน — ที่มา: assumed from 2568" in thai


def test_framework_year_shows_a_verified_years_sources():
    result = invoke("framework", "2564", "--lang", "en")
    assert result.exit_code == 0, result.output
    lines = _fact_lines(result.output)
    assert lines["weights"].startswith("    weights: verified — source: NACC 2564 group-2 report")
    assert lines["rating rule"] == ("    rating rule: verified — source: OSMEP annual report 2565 "
                                    "p.80 (grade bands AA-F)")
    assert "secondary (public reports, no NACC text) — source: public ITA manuals 2563-2565" \
        in lines["OIT items"]
    thai = invoke("framework", "๒๕๖๔").output  # Thai digits; Thai is the default language
    assert "น้ำหนักตัวชี้วัด: ยืนยันแล้ว — ที่มา: NACC 2564 group-2 report" in thai


def test_a_fact_without_a_source_prints_the_catalogues_text(tmp_path):
    from ita_xl.framework.loader import PACKAGED_DIR

    data = json.loads((PACKAGED_DIR / "2565.json").read_text(encoding="utf-8"))
    del data["facts"]["weights"]["source"]
    data["facts"]["rating"]["source"] = "  "
    (tmp_path / "2565.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for lang, fact in (("en", "weights"), ("th", "น้ำหนักตัวชี้วัด")):
        result = invoke("framework", 2565, "--lang", lang, env={ENV_DIR: str(tmp_path)})
        assert result.exit_code == 0, result.output
        none = messages.text("framework.source.none", lang)
        assert _fact_lines(result.output)[fact].endswith(f"— {none}")
        assert str(tmp_path / "2565.json") in result.output.splitlines()[0]  # the user's file
    rating = _fact_lines(invoke("framework", 2565, "--lang", "en",
                                env={ENV_DIR: str(tmp_path)}).output)["rating rule"]
    assert rating.endswith("source not recorded")


def test_framework_year_not_on_file_says_so():
    result = invoke("framework", 2590, "--lang", "en")
    assert result.exit_code == 2
    assert messages.text("framework-missing", "en", year=2590) in result.output
    assert "Traceback" not in result.output


def test_the_listing_points_to_the_sources_and_new_files_cite_their_origin(tmp_path):
    listing = invoke("framework", "--lang", "en").output
    assert listing.rstrip().endswith(messages.text("framework.list.sources-hint", "en"))
    assert invoke("framework", "new", 2570, "--dir", tmp_path).exit_code == 0
    data = json.loads((tmp_path / "2570.json").read_text(encoding="utf-8"))
    assert {f["source"] for f in data["facts"].values()} == {"assumed from 2569"}
