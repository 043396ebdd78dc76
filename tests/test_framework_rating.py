"""Rating schemes as data: the one rule evaluator over each year's levels, the facts' flags,
the assumed 2569 file and a reform written as a new file (no code)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_xl.framework import ENV_DIR, load_framework
from ita_xl.framework.loader import PACKAGED_DIR

NO_DB = settings(database=None)
LEVEL_YEARS = (2566, 2567, 2568, 2569)
ALL = ("IIT", "EIT", "OIT")


@pytest.fixture(autouse=True)
def no_env_dir(monkeypatch):
    monkeypatch.delenv(ENV_DIR, raising=False)


def inst(iit, eit, oit):
    return {"IIT": iit, "EIT": eit, "OIT": oit}


@pytest.mark.parametrize("year", LEVEL_YEARS)
@pytest.mark.parametrize("overall, instruments, label", [
    (97.29, inst(97.0, 94.2, 99.0), "ผ่านดี"),  # NSM 2566: an instrument under 95
    (95.81, inst(96.0, 94.99, 97.0), "ผ่านดี"),  # Thai PBS 2566
    (94.64, inst(96.0, 84.99, 97.0), "ผ่าน"),  # 2568: EIT under 85
    (95.00, inst(95.0, 95.0, 95.0), "ผ่านดีเยี่ยม"),
    (94.995, inst(94.995, 95.0, 95.0), "ผ่านดีเยี่ยม"),  # half-up to 95.00
    (94.99, inst(99.0, 99.0, 99.0), "ผ่านดี"),
    (85.00, inst(85.0, 85.0, 85.0), "ผ่านดี"),
    (84.99, inst(99.0, 99.0, 99.0), "ต้องปรับปรุง"),  # overall decides below the pass mark
    (70.00, inst(60.0, 60.0, 60.0), "ต้องปรับปรุง"),
    (69.99, inst(60.0, 60.0, 60.0), "ต้องปรับปรุงโดยด่วน"),
    (0, inst(0, 0, 0), "ต้องปรับปรุงโดยด่วน"),
])
def test_levels_combine_overall_and_each_instrument(year, overall, instruments, label):
    rating = load_framework(year).rate(overall, instruments)
    assert rating.label("th") == label and rating.kind == "level" and rating.complete


@pytest.mark.parametrize("year", (2563, 2564, 2565))
@pytest.mark.parametrize("overall, letter", [
    (100, "AA"), (95.0, "AA"), (94.99, "A"), (94.995, "AA"), (85.0, "A"), (84.99, "B"),
    (75, "B"), (74.99, "C"), (65, "C"), (55, "D"), (54.99, "E"), (50, "E"), (49.99, "F"), (0, "F"),
])
def test_letter_years_ignore_instruments(year, overall, letter):
    fw = load_framework(year)
    assert fw.rate(overall).code == letter
    assert fw.rate(overall, inst(0, 0, 0)).code == letter  # letters never looked at instruments
    assert fw.rate(overall).kind == "letter" and fw.retired_letters == ()


def test_levels_are_ranked_and_say_whether_they_pass():
    fw = load_framework(2568)
    levels = fw.rating.levels
    assert [lv.label_th for lv in levels] == [
        "ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน"]
    assert [lv.label_en for lv in levels] == [
        "Excellent", "Good", "Pass", "Needs improvement", "Needs urgent improvement"]
    assert [lv.rank for lv in levels] == [1, 2, 3, 4, 5]
    assert [lv.passed for lv in levels] == [True, True, True, False, False]
    assert fw.rating.pass_level.label_th == "ผ่าน" and fw.aa_mark == 95
    assert levels[3].flag == "secondary" and "70" in levels[3].source


def test_missing_instrument_scores_say_the_label_may_be_better():
    fw = load_framework(2567)
    rating = fw.rate(96.0, {"IIT": 97.0, "EIT": 96.0})
    assert rating.label("th") == "ผ่าน" and not rating.complete and rating.missing == ("OIT",)
    assert fw.rate(80.0).complete  # nothing better could have been reached


@pytest.mark.parametrize("year", LEVEL_YEARS)
def test_retired_letters_are_data(year):
    fw = load_framework(year)
    assert fw.retired_letters == ("AA", "A", "B", "C", "D", "E", "F")
    assert fw.rating.retired.since == 2566 and fw.rating.retired.flag == "verified"
    read = fw.rating.read_label
    assert read("(ผ่าน) ระดับ AA").retired == "AA"
    assert read("ระดับ B").retired == "B" and read("ระดับ B").level is None
    assert read("ผ่าน ดีเยี่ยม").level.code == "excellent"
    assert read("ผ่านดี").level.code == "good" and read("Good").level.code == "good"
    assert read("ต้องปรับปรุงโดยด่วน").level.code == "urgent"
    assert read("ระดับผ่านดี").level.code == "good"  # a label inside longer text
    assert read("ดีมาก").level is None and read("ดีมาก").retired is None


def test_next_level_and_shortfall_name_the_instrument_below_its_line():
    fw = load_framework(2568)
    scores = inst(96.0, 84.2, 97.0)
    rating = fw.rate(94.64, scores)
    nxt = fw.next_level(rating)
    assert (rating.code, nxt.code) == ("pass", "good")
    gap = fw.shortfall(nxt, 94.64, scores)
    assert gap.overall_gap == 0 and dict(gap.instrument_gaps) == {"IIT": 0, "EIT": 0.8, "OIT": 0}
    assert gap.blocking == ("EIT",) and not gap.reached
    top = fw.shortfall(fw.rating.top, 94.64, scores)
    assert top.overall_gap == 0.36 and dict(top.instrument_gaps)["EIT"] == 10.8
    assert fw.next_level(fw.rate(99, inst(99, 99, 99))) is None


@NO_DB
@given(st.decimals(0, 100, places=2), st.decimals(0, 100, places=2),
       st.decimals(0, 100, places=2), st.decimals(0, 100, places=2))
def test_rating_is_monotone_and_its_shortfall_is_zero(overall, iit, eit, oit):
    fw = load_framework(2569)
    scores = inst(float(iit), float(eit), float(oit))
    rating = fw.rate(float(overall), scores)
    assert fw.shortfall(fw.rating.level(rating.code), float(overall), scores).reached
    better = fw.next_level(rating)
    if better is not None:
        assert not fw.shortfall(better, float(overall), scores).reached
    raised = {k: min(100.0, v + 5) for k, v in scores.items()}
    assert fw.rate(min(100.0, float(overall) + 5), raised).rank <= rating.rank


# --- facts and the assumed year ----------------------------------------------------------


def test_every_fact_has_a_flag_and_a_source_where_known():
    for year in range(2563, 2570):
        fw = load_framework(year)
        keys = {f.key for f in fw.facts}
        assert {"indicators", "weights", "rating", "pass_mark", "national"} <= keys
        for fact in fw.facts:
            assert fact.flag in ("verified", "secondary", "unverified")
            assert fact.source or fact.flag == "unverified" or fact.note


def test_flags_follow_the_domain_notes():
    flag = lambda y, k: load_framework(y).fact(k).flag  # noqa: E731
    assert [flag(y, "weights") for y in range(2563, 2569)] == [
        "verified", "verified", "secondary", "unverified", "unverified", "unverified"]
    assert flag(2565, "rating") == "verified" and flag(2566, "rating") == "secondary"
    assert flag(2567, "indicators") == "verified" and flag(2568, "indicators") == "unverified"
    assert load_framework(2567).indicator(9).subs[1].name_th == "การบริหารงานและการใช้จ่ายงบประมาณ"
    assert load_framework(2566).indicator(9).subs[1].name_th == "การบริหารงาน"


def test_2569_is_2568_assumed_and_says_so():
    a, b = load_framework(2569), load_framework(2568)
    assert a.assumed_from == 2568 and b.assumed_from is None
    assert (a.indicators, a.instruments, a.rating.levels, a.pass_mark) == (
        b.indicators, b.instruments, b.rating.levels, b.pass_mark)
    assert a.national is None
    assert all(f.assumed and f.flag == "unverified" for f in a.facts)
    assert {f.key for f in a.assumed_facts} >= {"indicators", "weights", "rating", "pass_mark"}
    assert a.assumed_facts == a.unverified_facts
    assert "2568" in a.source_note and not b.assumed_facts


def test_oit_items_by_numbering():
    old, new = load_framework(2565), load_framework(2566)
    assert [i.code for i in old.oit_items][:2] == ["O1", "O2"] and len(old.oit_items) == 43
    assert old.oit_item("O19").sub == "9.3" and "6 เดือน" in old.oit_item("O19").name_th
    assert old.oit_item("O42").sub == "10.2"
    assert new.oit_item("O19") is None and new.oit_item("o10").name_th.startswith("รายงาน")
    assert new.oit_item("o23").name_th == "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"
    assert new.fact("oit_items").flag == "secondary" and "o26" in new.fact("oit_items").note


def test_a_reform_is_a_new_file(tmp_path, monkeypatch):
    """A hypothetical 2570 with four levels and a different line per instrument: no code."""
    data = json.loads((PACKAGED_DIR / "2569.json").read_text(encoding="utf-8"))
    data["year"] = 2570
    data["rating"]["levels"] = [
        {"code": "gold", "th": "ดีเด่น", "en": "Outstanding", "passed": True,
         "rule": {"min_overall": 90, "min_instruments": {"OIT": 98, "IIT": 90}}},
        {"code": "ok", "th": "ผ่าน", "en": "Pass", "passed": True, "rule": {"min_overall": 80}},
        {"code": "low", "th": "ไม่ผ่าน", "en": "Fail", "rule": {"min_overall": 0}},
    ]
    (tmp_path / "2570.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv(ENV_DIR, str(tmp_path))
    fw = load_framework(2570)
    assert fw.rate(91, {"OIT": 98, "IIT": 90, "EIT": 10}).code == "gold"
    assert fw.rate(91, {"OIT": 97.99, "IIT": 90, "EIT": 10}).code == "ok"
    assert fw.rate(79.99).label("en") == "Fail" and fw.aa_mark == 90
    gap = fw.shortfall(fw.rating.top, 85, {"OIT": 97, "IIT": 95})
    assert (gap.overall_gap, dict(gap.instrument_gaps)) == (5, {"OIT": 1, "IIT": 0})


def test_no_year_condition_in_code():
    """Rating rules are data: no `year >= 2566`-style branching anywhere in the package."""
    import re

    era = r"25[67]\d"  # framework-era years (a BE date-range bound such as 2599 is not a rule)
    pattern = re.compile(rf"year\s*(==|!=|>=|<=|<|>)\s*{era}\b"
                         rf"|\b{era}\s*(==|!=|<=|<|>=|>)\s*\w*year")
    package = Path(__file__).resolve().parent.parent / "ita_xl"
    hits = [f"{p.name}:{n}" for p in package.rglob("*.py")
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
            if pattern.search(line)]
    assert hits == []


def test_instrument_scores_are_the_weighted_mean_inside_each_instrument():
    fw = load_framework(2568)
    scores = {1: 90.5, 2: 84, 3: 95, 4: 79, 5: 88, 6: 92, 7: 93.5, 8: 96, 9: 98, 10: 99}
    assert fw.instrument_scores(scores) == {"IIT": 87.3, "EIT": 93.83, "OIT": 98.5}
    del scores[7]
    assert fw.instrument_scores(scores) == {"IIT": 87.3, "OIT": 98.5}  # EIT incomplete
    assert fw.instrument_scores({6: 84.125, 7: 84.125, 8: 84.125}) == {"EIT": 84.13}  # half-up
