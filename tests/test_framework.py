"""The framework data files, their loader (search order, errors) and indicator resolution."""
from __future__ import annotations

import json
from pathlib import Path
from statistics import mean

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_xl import errors
from ita_xl.framework import (
    ENV_DIR, available_years, is_indicator_reference, load_framework, load_frameworks,
    resolve_indicator,
)
from ita_xl.framework.loader import PACKAGED_DIR

NO_DB = settings(database=None)  # tests never write into the repo (.hypothesis/)

YEARS = range(2563, 2570)
OFFICIAL = {
    1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ", 4: "การใช้ทรัพย์สินของราชการ",
    5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน", 7: "ประสิทธิภาพการสื่อสาร",
    8: "การปรับปรุงระบบการทำงาน", 9: "การเปิดเผยข้อมูล", 10: "การป้องกันการทุจริต",
}


@pytest.fixture(autouse=True)
def no_env_dir(monkeypatch):
    """Tests see only the packaged files unless they set the variable themselves."""
    monkeypatch.delenv(ENV_DIR, raising=False)


@pytest.fixture
def fw():
    return load_framework(2566)


def packaged(year: int) -> dict:
    return json.loads((PACKAGED_DIR / f"{year}.json").read_text(encoding="utf-8"))


def write(folder: Path, year: int, data) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{year}.json"
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


# --- the data files --------------------------------------------------------------------------


@pytest.mark.parametrize("year", YEARS)
def test_every_year_loads_with_the_official_indicators(year):
    f = load_framework(year)
    assert f.year == year
    assert Path(f.source) == PACKAGED_DIR / f"{year}.json"
    assert {i.number: i.name_th for i in f.indicators} == OFFICIAL
    assert {i.number for i in f.indicators if i.instrument == "IIT"} == {1, 2, 3, 4, 5}
    assert {i.number for i in f.indicators if i.instrument == "EIT"} == {6, 7, 8}
    assert {i.number for i in f.indicators if i.instrument == "OIT"} == {9, 10}
    assert {i.code: i.weight for i in f.instruments} == {"IIT": 30, "EIT": 30, "OIT": 40}
    assert sum(f.weights.values()) == pytest.approx(100)
    assert f.pass_mark == 85 and f.aa_mark == 95
    letters = [(b.grade, b.low, b.high) for b in f.grades]
    assert letters == ([
        ("AA", 95, 100), ("A", 85, 94.99), ("B", 75, 84.99), ("C", 65, 74.99),
        ("D", 55, 64.99), ("E", 50, 54.99), ("F", 0, 49.99)] if year <= 2565 else [])
    assert [s.code for s in f.indicator(9).subs] == ["9.1", "9.2", "9.3", "9.4", "9.5"]
    assert [s.code for s in f.indicator(10).subs] == ["10.1", "10.2"]
    assert "การปรับปรุงการทำงาน" in f.indicator(8).accepted  # the short form, read quietly
    assert "การบริการ" in f.indicator(9).subs[1].variants
    assert all(i.name_en for i in f.indicators) and all(i.name_th for i in f.instruments)


@pytest.mark.parametrize("year, weights_ok, indicators_ok", [
    (2563, True, True), (2564, True, True), (2565, True, True),
    (2566, False, True), (2567, False, True), (2568, False, False), (2569, False, False),
])
def test_verification_flags_and_notes(year, weights_ok, indicators_ok):
    f = load_framework(year)
    assert (f.weights_verified, f.indicators_verified) == (weights_ok, indicators_ok)
    unverified = [n.lower() for n in f.notes if "unverified" in n.lower()]
    assert any(n.startswith("weights are unverified") for n in unverified) == (not weights_ok)
    assert any(n.startswith("indicators are unverified") for n in unverified) == (
        not indicators_ok)


@pytest.mark.parametrize("year, agencies, average, passed", [
    (2564, None, 81.25, None), (2565, 8303, 87.57, 70.52), (2566, 8323, 90.19, 80.94),
    (2567, 8325, 93.05, 92.44), (2568, 8317, 93.82, 94.17),
])
def test_national_results(year, agencies, average, passed):
    n = load_framework(year).national
    assert (n.agencies, n.average, n.passed_percent) == (agencies, average, passed)
    assert load_framework(year).fact("national").flag == "verified"


@pytest.mark.parametrize("year", [2563, 2569])
def test_years_without_a_national_result(year):
    assert load_framework(year).national is None


@NO_DB
@given(st.floats(0, 100), st.floats(0, 100))
def test_2564_oit_share_is_0_4_times_mean_of_9_and_10(s9, s10):
    weights = load_framework(2564).weights
    oit = (weights[9] * s9 + weights[10] * s10) / 100
    assert oit == pytest.approx(0.4 * mean([s9, s10]))


@pytest.mark.parametrize("score, grade", [
    (100, "AA"), (95.0, "AA"), (94.99, "A"), (94.994, "A"), (94.995, "AA"), (85.0, "A"),
    (84.995, "A"), (84.99, "B"), (75, "B"), (74.99, "C"), (65, "C"), (55, "D"), (54.99, "E"),
    (50, "E"), (49.99, "F"), (0, "F"),
])
def test_grade_for_boundaries(score, grade):
    assert load_framework(2565).grade_for(score) == grade


# --- loading ---------------------------------------------------------------------------------


def test_missing_year_raises_framework_missing():
    with pytest.raises(errors.FrameworkMissing) as info:
        load_framework(2550)
    assert info.value.params["year"] == 2550
    assert "2550" in info.value.message("en") and "2550" in info.value.message("th")


def test_available_years_and_load_frameworks():
    assert available_years() == list(YEARS)
    found = load_frameworks([2550, 2565, 2566])
    assert sorted(found) == [2565, 2566] and found[2565].year == 2565


def test_env_dir_adds_a_year(tmp_path, monkeypatch):
    data = packaged(2569)
    data["year"] = 2570
    path = write(tmp_path / "fw", 2570, data)
    with pytest.raises(errors.FrameworkMissing):
        load_framework(2570)
    monkeypatch.setenv(ENV_DIR, str(tmp_path / "fw"))
    assert 2570 in available_years()
    f = load_framework(2570)
    assert f.year == 2570 and Path(f.source) == path


def test_search_order_extra_dirs_then_env_then_packaged(tmp_path, monkeypatch):
    env_data = packaged(2566)
    env_data["facts"]["weights"]["flag"] = "verified"
    write(tmp_path / "env", 2566, env_data)
    extra_data = packaged(2566)
    extra_data["pass_mark"] = 80
    extra = write(tmp_path / "extra", 2566, extra_data)
    monkeypatch.setenv(ENV_DIR, str(tmp_path / "env"))
    assert load_framework(2566).weights_verified is True  # env beats packaged
    f = load_framework(2566, extra_dirs=[tmp_path / "extra"])
    assert f.pass_mark == 80 and Path(f.source) == extra  # extra beats env
    assert load_framework(2565).source.startswith(str(PACKAGED_DIR))  # fall back


def test_edited_file_is_reread(tmp_path):
    data = packaged(2566)
    write(tmp_path, 2566, data)
    assert load_framework(2566, [tmp_path]).pass_mark == 85
    data["pass_mark"] = 90
    data["notes"] = data["notes"] + ["edited by a user, so the file size changes"]
    write(tmp_path, 2566, data)
    assert load_framework(2566, [tmp_path]).pass_mark == 90


def _broken(mutate):
    data = packaged(2566)
    mutate(data)
    return data


@pytest.mark.parametrize("content, detail", [
    ('{"year": 2566, "indicators": [', "JSON"),
    ("", "JSON"),
    ("[1, 2, 3]", "object"),
    (_broken(lambda d: d.pop("indicators")), "indicators"),
    (_broken(lambda d: d.pop("rating")), "rating"),
    (_broken(lambda d: d["indicators"][0].pop("number")), "number"),
    (_broken(lambda d: d["indicators"][0].update(weight=16)), "100"),
    (_broken(lambda d: d["indicators"][0].update(instrument="XYZ")), "XYZ"),
    (_broken(lambda d: d["indicators"][1].update(number=1)), "repeat"),
    (_broken(lambda d: d.update(indicators=d["indicators"][:2])), "ten"),
    (_broken(lambda d: d["rating"]["levels"].pop()), "min_overall 0"),
    (_broken(lambda d: d["rating"]["levels"].insert(0, d["rating"]["levels"].pop(2))),
     "best to worst"),
    (_broken(lambda d: d["rating"]["levels"][0]["rule"].update(min_instruments={"XIT": 9})),
     "XIT"),
    (_broken(lambda d: d["rating"].update(kind="stars")), "stars"),
    (_broken(lambda d: d["facts"]["weights"].update(flag="probably")), "probably"),
    (_broken(lambda d: d["facts"].update(colour={"flag": "verified"})), "colour"),
    (_broken(lambda d: d.update(year=2565)), "2565"),
    (_broken(lambda d: d.update(pass_mark="85")), "pass_mark"),
    (_broken(lambda d: d["indicators"][8]["subs"][0].update(code="10.1")), "belong"),
    (_broken(lambda d: d["facts"]["weights"].update(source=["NACC"])), "facts.weights: 'source'"),
    (_broken(lambda d: d["facts"]["rating"].update(source=2566)), "facts.rating: 'source'"),
    (_broken(lambda d: d["facts"]["weights"].update(sources="NACC report")),
     "facts.weights: unknown field 'sources'"),
    (_broken(lambda d: d["facts"].update(weights="verified")), "facts.weights: must be an object"),
])
def test_broken_file_raises_framework_invalid(tmp_path, content, detail):
    path = write(tmp_path, 2566, content)
    with pytest.raises(errors.FrameworkInvalid) as info:
        load_framework(2566, extra_dirs=[tmp_path])
    assert info.value.params["path"] == str(path)
    assert detail in info.value.params["detail"]
    assert str(path) in info.value.message("th")


def test_undecodable_file_raises_framework_invalid(tmp_path):
    (tmp_path / "2566.json").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(errors.FrameworkInvalid):
        load_framework(2566, extra_dirs=[tmp_path])


# --- resolving indicator text ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "9", "๙", "ตัวชี้วัดที่ 9", "ตัวชี้วัดที่๙", "9 การเปิดเผยข้อมูล",
    "9. การเปิดเผยข้อมูล", "การเปิดเผยข้อมูล", "Information disclosure", "information DISCLOSURE",
    " \u200bการเปิดเผย ข้อมูล\u00a0", "ตัวชี้วัด การเปิดเผยข้อมูล (OIT)", "(๙) การเปิดเผยข้อมูล",
    "ตัวชี้วัดที่ 9: การเปิดเผยข้อมูล", "ด้านการเปิดเผยข้อมูล", "Indicator 9",
])
def test_resolve_exact_indicator(fw, text):
    m = resolve_indicator(text, fw)
    assert (m.number, m.sub, m.exact, m.suggestion, m.number_conflict) == (9, None, True, None, False)


@pytest.mark.parametrize("number, name", sorted(OFFICIAL.items()))
def test_every_official_name_resolves(fw, number, name):
    m = resolve_indicator(name, fw)
    assert (m.number, m.exact) == (number, True)
    assert resolve_indicator(fw.indicator(number).name_en, fw).number == number


@pytest.mark.parametrize("text, sub", [
    ("๙.๓", "9.3"), ("9.3", "9.3"), ("9.3 การบริหารเงินงบประมาณ", "9.3"),
    ("ตัวชี้วัดย่อยที่ ๙.๓ การบริหารเงินงบประมาณ", "9.3"), ("การบริหารเงินงบประมาณ", "9.3"),
    ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลตัวที่วัดย่อยที่ ๙.๓ การบริหารเงินงบประมาณ", "9.3"),
    ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ตัวชี้วัดที่ ๙.๓ การบริหารเงินงบประมาณ", "9.3"),
    ("10.2 มาตรการภายในเพื่อป้องกันการทุจริต", "10.2"),
])
def test_resolve_exact_sub_indicator(fw, text, sub):
    m = resolve_indicator(text, fw)
    assert (m.number, m.sub, m.exact, m.sub_known, m.number_conflict) == (
        int(sub.split(".")[0]), sub, True, True, False)


def test_memo_9_4_label_is_a_known_variant(fw):
    text = "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลตัวชี้วัดย่อยที่ ๙.๔ การบริการและพัฒนาทรัพยากรบุคคล"
    m = resolve_indicator(text, fw)
    assert (m.number, m.sub, m.sub_known, m.number_conflict) == (9, "9.4", True, False)
    assert m.exact is False and m.suggestion == "การบริหารและพัฒนาทรัพยากรบุคคล"
    assert is_indicator_reference(text, fw)


@pytest.mark.parametrize("text, number, suggestion", [
    ("การปรับปรุงระบบการทำงน", 8, "การปรับปรุงระบบการทำงาน"),  # one character off
    ("ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทางาน", 8, "การปรับปรุงระบบการทำงาน"),
    ("การเปิดเผยข้อมุล", 9, "การเปิดเผยข้อมูล"),  # one character off
    ("การเปดเผยขอมูล", 9, "การเปิดเผยข้อมูล"),  # two characters off
    ("การใช้ทรัพสินของราชการ", 4, "การใช้ทรัพย์สินของราชการ"),
    ("9.2 การบริการ", 9, "การบริหารงาน"),  # the memo's 9.2 wording
    ("9 อะไรสักอย่าง", 9, "การเปิดเผยข้อมูล"),  # number known, name not official
])
def test_resolve_close_names_suggest_the_official_one(fw, text, number, suggestion):
    m = resolve_indicator(text, fw)
    assert (m.number, m.exact, m.suggestion, m.number_conflict) == (number, False, suggestion, False)


def test_number_and_name_disagree_number_wins(fw):
    m = resolve_indicator("ตัวชี้วัดที่ 9 การป้องกันการทุจริต", fw)
    assert (m.number, m.number_conflict, m.exact, m.suggestion) == (
        9, True, False, "การเปิดเผยข้อมูล")


def test_unknown_number_with_a_known_name_is_a_conflict(fw):
    m = resolve_indicator("ตัวชี้วัดที่ 11 การเปิดเผยข้อมูล", fw)
    assert (m.number, m.number_conflict) == (9, True)


@pytest.mark.parametrize("text", ["", "สวัสดี", "ตัวชี้วัดที่ 11", "2565", "ผลคะแนนรวม", None])
def test_nothing_recognisable(fw, text):
    assert resolve_indicator(text, fw).number is None


def test_unlisted_sub_indicator(fw):
    m = resolve_indicator("ตัวชี้วัดที่ 9.7", fw)
    assert (m.number, m.sub, m.sub_known) == (9, "9.7", False)
    assert resolve_indicator("9.3", fw).sub_known is True


def test_trailing_text_after_a_name_goes_to_extras(fw):
    m = resolve_indicator("ตัวชี้วัดย่อย ๙.๓ การบริหารเงินงบประมาณข้อ ๐๑๙ รายงานการกำกับติดตาม", fw)
    assert (m.number, m.sub, m.exact) == (9, "9.3", True)
    assert m.extras == ("ข้อ 019 รายงานการกำกับติดตาม",)


# --- group rows ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน", "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร",
    "ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน",
    "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลตัวที่วัดย่อยที่ ๙.๓ การบริหารเงินงบประมาณ",
    "ตัวชี้วัดที่ 9", "การเปิดเผยข้อมูล", "๙.๓", "9.3 การบริหารเงินงบประมาณ", "การปรับปรุงระบบการทำงาน",
    "ตัวชี้วัดที่ 9.7 เรื่องใหม่", "\u200bตัวชี้วัดที่ ๒\nการใช้งบประมาณ ", "(๙) การเปิดเผยข้อมูล",
    "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลสาธารณะ", "ตัวชี้วัดที่ 9 ชื่อที่เขียนไม่ตรงกับทางการ",
    "ด้านการเปิดเผยข้อมูล", "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลตัวชี้วัดย่อยที่ ๙.๔ การบริการและพัฒนาทรัพยากรบุคคล",
])
def test_group_rows_are_references(fw, text):
    assert is_indicator_reference(text, fw)


@pytest.mark.parametrize("text", [
    "๑. ประชุมชี้แจงให้ความรู้แก่ผู้รับผิดชอบในการจัดทำแผนการใช้จ่ายงบประมาณประจำปี",
    "ประชุมชี้แจงตามตัวชี้วัดที่ ๒ การใช้งบประมาณ ให้บุคลากรทราบ",
    "เผยแพร่ข้อมูลการเปิดเผยข้อมูลผ่านเว็บไซต์",
    "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ให้ครบทุกข้อภายในเดือนมีนาคม",
    "2", "1.", "-กองคลัง", "", "รายงานความก้าวหน้าทุก ๖ เดือน", "ตัวชี้วัดที่ 11",
    "ตัวชี้วัดที่ ๒ " + "ประชุมชี้แจงให้ความรู้แก่ผู้รับผิดชอบในการจัดทำแผนการใช้จ่ายงบประมาณ",
    "การเปิดเผยข้อมูลสาธารณะ",  # no label: a name with more text after it is measure text
])
def test_measure_text_is_not_a_reference(fw, text):
    assert not is_indicator_reference(text, fw)


@pytest.mark.parametrize("year, official", [
    (2566, "การบริหารงาน"), (2567, "การบริหารงานและการใช้จ่ายงบประมาณ"),
    (2568, "การบริหารงานและการใช้จ่ายงบประมาณ"),
])
def test_sub_indicator_9_2_is_named_per_year(year, official):
    f = load_framework(year)
    assert f.indicator(9).subs[1].name_th == official
    m = resolve_indicator(f"9.2 {official}", f)
    assert (m.sub, m.exact) == ("9.2", True)
    typo = resolve_indicator("ตัวชี้วัดย่อยที่ ๙.๒ การบริการ", f)  # the seed memo's typo
    assert (typo.sub, typo.exact, typo.suggestion) == ("9.2", False, official)


def test_short_form_of_indicator_8_is_exact():
    f = load_framework(2568)
    m = resolve_indicator("ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน", f)
    assert (m.number, m.exact, m.suggestion) == (8, True, None)


# --- English names as the NACC's English report gives them ----------------------------------

NACC_ENGLISH = {9: "Open data", 10: "Anti-corruption practice"}  # the domain document's table
EARLIER_ENGLISH = {9: "Information disclosure", 10: "Corruption prevention"}


@pytest.mark.parametrize("year", YEARS)
def test_indicator_9_and_10_english_names_follow_the_nacc_report(year):
    names = {ind.number: ind.name_en for ind in load_framework(year).indicators}
    assert {n: names[n] for n in NACC_ENGLISH} == NACC_ENGLISH


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("number", sorted(EARLIER_ENGLISH))
def test_earlier_english_names_still_read_quietly(year, number):
    """Masters typed with the names ita-xl used to print keep resolving, without a finding."""
    m = resolve_indicator(EARLIER_ENGLISH[number], load_framework(year))
    assert (m.number, m.exact, m.suggestion) == (number, True, None)


# --- each fact's source ----------------------------------------------------------------------

def test_the_loader_reads_each_facts_source():
    weights = load_framework(2564).fact("weights")
    assert (weights.flag, weights.source) == (
        "verified", "NACC 2564 group-2 report: five agencies' totals reproduce to 0.006 from "
                    "their ten indicator scores")
    assert "OSMEP annual report 2565 p.80" in load_framework(2565).fact("rating").source
    assumed = load_framework(2569)
    assert all(f.source.startswith("assumed from 2568") for f in assumed.facts
               if f.key != "national")
    assert load_framework(2563).fact("national").source == ""  # the domain page gives none


def test_a_source_left_out_reads_as_not_recorded(tmp_path):
    data = packaged(2566)
    del data["facts"]["pass_mark"]["source"]
    write(tmp_path, 2566, data)
    assert load_framework(2566, [tmp_path]).fact("pass_mark").source == ""
