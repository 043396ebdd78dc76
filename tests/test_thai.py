"""Thai text, numbers, years, dates and periods: examples from the memo/domain page + round trips."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_xl.master.model import Period
from ita_xl.thai import (
    MONTHS_TH, MONTHS_TH_ABBR, THAI_DIGITS, be_to_ce, ce_to_be, clean_text, fiscal_year_bounds,
    fiscal_year_of, format_number, format_period, format_thai_date, header_key,
    normalise_be_year, parse_number, parse_period, parse_thai_date, parse_year_header,
    to_arabic_digits, to_thai_digits,
)

NO_DB = settings(database=None)  # tests never write into the repo (.hypothesis/)

D = date

# --- digits, text ----------------------------------------------------------------------------


def test_digits_both_ways():
    assert to_thai_digits("91.03 (2565)") == "๙๑.๐๓ (๒๕๖๕)"
    assert to_arabic_digits("๙๑.๐๓ คะแนน") == "91.03 คะแนน"
    assert THAI_DIGITS == "".join(to_thai_digits(str(i)) for i in range(10))


@NO_DB
@given(st.text())
def test_thai_digits_round_trip(text):
    arabic = to_arabic_digits(text)
    assert to_arabic_digits(to_thai_digits(arabic)) == arabic
    thai = to_thai_digits(text)
    assert to_thai_digits(to_arabic_digits(thai)) == thai
    assert not any(ch in "0123456789" for ch in thai)


def test_clean_text_strips_invisible_characters_and_keeps_line_breaks():
    raw = "\u200b  ตัวชี้วัด\u00a0\u00a0ที่ ๙\u200c\u200d\ufeff\u2060  \r\n  การเปิดเผยข้อมูล  "
    assert clean_text(raw) == "ตัวชี้วัด ที่ ๙\nการเปิดเผยข้อมูล"
    assert clean_text(None) == ""
    assert clean_text(2565) == "2565"
    # นิคหิต + สระอา typed instead of สระอำ
    assert clean_text("การใช้อ\u0e4d\u0e32นาจ") == "การใช้อำนาจ"


def test_header_key_folds_case_spaces_and_line_breaks():
    assert header_key(" ผลคะแนน\n ปี ๒๕๖๕\u200b ") == "ผลคะแนนปี๒๕๖๕"
    assert header_key("Fiscal  Year") == header_key("fiscal\nyear") == "fiscalyear"


# --- years -----------------------------------------------------------------------------------


def test_years():
    assert be_to_ce(2565) == 2022 and ce_to_be(2022) == 2565
    assert normalise_be_year(65) == 2565
    assert normalise_be_year(2565) == 2565
    assert normalise_be_year(2022) == 2565
    with pytest.raises(ValueError):
        normalise_be_year(543)


@NO_DB
@given(st.integers(min_value=-5000, max_value=5000))
def test_be_ce_round_trip(year):
    assert ce_to_be(be_to_ce(year)) == year
    assert be_to_ce(ce_to_be(year)) == year


@NO_DB
@given(st.integers(min_value=1900, max_value=2399))
def test_normalise_converts_ce(year):
    assert normalise_be_year(year) == year + 543


def test_fiscal_year_bounds_and_membership():
    assert fiscal_year_bounds(2566) == (D(2022, 10, 1), D(2023, 9, 30))
    assert fiscal_year_of(D(2022, 9, 30)) == 2565
    assert fiscal_year_of(D(2022, 10, 1)) == 2566
    assert fiscal_year_of(D(2023, 9, 30)) == 2566


@NO_DB
@given(st.dates(min_value=D(1958, 1, 1), max_value=D(2150, 12, 31)))
def test_fiscal_year_of_lies_inside_its_bounds(day):
    start, end = fiscal_year_bounds(fiscal_year_of(day))
    assert start <= day <= end
    assert (end - start).days in (364, 365)


# --- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    (91.03, 91.03), (100, 100), ("91.03", 91.03), ("๙๑.๐๓", 91.03), ("- ๑.๓๖", -1.36),
    ("-1.36", -1.36), ("\u2212 1.36", -1.36), ("– ๑๒.๒๙", -12.29), ("—1", -1.0), ("+2.5", 2.5),
    ("91.03 คะแนน", 91.03), ("๙๕.๑๔คะแนน", 95.14), ("94.17 %", 94.17), ("1,234.5", 1234.5),
    ("8,303", 8303.0), ("  ๑๐๐.๐๐\u200b ", 100.0), (".5", 0.5), ("91.", 91.0),
])
def test_parse_number_accepts(raw, expected):
    assert parse_number(raw) == pytest.approx(expected)


def test_parse_number_keeps_number_cells_as_they_are():
    assert parse_number(7) == 7 and isinstance(parse_number(7), int)
    assert parse_number(91.03) == 91.03


@pytest.mark.parametrize("raw", [None, "", "   ", "\u200b", "\u00a0"])
def test_parse_number_blank_is_none(raw):
    assert parse_number(raw) is None


@pytest.mark.parametrize("raw", [
    "ดี", "๙๑..๐", "91.0a", "-", ".", "1,23", "91 03", "AA", True, False, float("nan"),
    D(2022, 1, 1),
])
def test_parse_number_rejects(raw):
    with pytest.raises(ValueError):
        parse_number(raw)


def test_format_number():
    assert format_number(91.034) == "91.03"
    assert format_number(-1.36, signed=True) == "-1.36"
    assert format_number(1.36, signed=True) == "+1.36"
    assert format_number(1.36, signed=True, thai_digits=True) == "+๑.๓๖"
    assert format_number(-0.001, signed=True) == "0.00"
    assert format_number(84.995) == "85.00"
    assert format_number(1234.5, 1, grouping=True) == "1,234.5"
    assert format_number(92.14, thai_digits=True) == "๙๒.๑๔"


@NO_DB
@given(
    st.floats(min_value=-1e7, max_value=1e7, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=4), st.booleans(), st.booleans(), st.booleans(),
)
def test_format_number_parses_back(value, decimals, thai, signed, grouping):
    text = format_number(value, decimals, thai_digits=thai, signed=signed, grouping=grouping)
    assert parse_number(text) == float(f"{value:.{decimals}f}")


# --- year headers ----------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [
    "2565", "๒๕๖๕", "ปี 2565", "พ.ศ. ๒๕๖๕", "ปีงบประมาณ 2565", "ผลคะแนน ปี ๒๕๖๕", "ผลคะแนนปี2565",
    2565, 2565.0, "ผลคะแนน\nปี ๒๕๖๕", " \u200bปี พ.ศ.2565 ", "FY 2565", "คะแนน (2565)",
])
def test_year_headers(raw):
    assert parse_year_header(raw) == 2565


@pytest.mark.parametrize("raw", [
    "ผลต่าง", "ผลต่าง 2565", "เปลี่ยนแปลง ปี 2565", "ผลคะแนนที่มีการ พัฒนา/ที่ต้อง พัฒนาให้ดีขึ้น 2565",
    "เป้าหมาย 2566", "ตัวชี้วัด", "2022", "2499", "2701", "2564-2565", "ลำดับ", None, True,
    2565.5, 12, "",
])
def test_not_year_headers(raw):
    assert parse_year_header(raw) is None


@NO_DB
@given(st.integers(min_value=2500, max_value=2700), st.sampled_from(
    ["{}", "ปี {}", "พ.ศ. {}", "ปีงบประมาณ {}", "ผลคะแนน ปี {}", "ผลคะแนนปี{}"]), st.booleans())
def test_year_header_property(year, template, thai):
    text = template.format(year)
    assert parse_year_header(to_thai_digits(text) if thai else text) == year


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("๕ ตุลาคม ๒๕๖๕", D(2022, 10, 5)), ("5 ต.ค. 65", D(2022, 10, 5)), ("5 ตค 65", D(2022, 10, 5)),
    ("วันที่ ๓๐ กันยายน พ.ศ.๒๕๖๖", D(2023, 9, 30)), ("30/09/2566", D(2023, 9, 30)),
    ("30/09/2023", D(2023, 9, 30)), ("30/9/66", D(2023, 9, 30)), ("2023-09-30", D(2023, 9, 30)),
    ("วันที่ ๑๐ ตุลาคม พ.ศ.๒๕๖๕", D(2022, 10, 10)), (D(2022, 10, 5), D(2022, 10, 5)),
    (datetime(2022, 10, 5, 13, 30), D(2022, 10, 5)),
])
def test_parse_thai_date(raw, expected):
    assert parse_thai_date(raw) == expected


@pytest.mark.parametrize("raw", ["ตุลาคม 2565", "31 กันยายน 2566", "ดี", "", 44000, "5 ตุลาคม"])
def test_parse_thai_date_rejects(raw):
    with pytest.raises(ValueError):
        parse_thai_date(raw)


def test_month_tables():
    assert len(MONTHS_TH) == len(MONTHS_TH_ABBR) == 12
    assert MONTHS_TH[9] == "ตุลาคม" and MONTHS_TH_ABBR[9] == "ต.ค."
    for i, (name, abbr) in enumerate(zip(MONTHS_TH, MONTHS_TH_ABBR), start=1):
        assert parse_thai_date(f"1 {name} 2566").month == i
        assert parse_thai_date(f"1 {abbr} 66").month == i


def test_format_thai_date():
    assert format_thai_date(D(2022, 10, 5)) == "๕ ตุลาคม ๒๕๖๕"
    assert format_thai_date(D(2022, 10, 5), thai_digits=False) == "5 ตุลาคม 2565"
    assert format_thai_date(D(2022, 10, 5), thai_digits=False, abbr=True) == "5 ต.ค. 2565"


@NO_DB
@given(st.dates(min_value=D(1958, 1, 1), max_value=D(2150, 12, 31)), st.booleans(), st.booleans())
def test_format_thai_date_round_trip(day, thai, abbr):
    assert parse_thai_date(format_thai_date(day, thai_digits=thai, abbr=abbr)) == day


# --- periods ---------------------------------------------------------------------------------

FY66 = (D(2022, 10, 1), D(2023, 9, 30))
OCT_MAR = (D(2022, 10, 1), D(2023, 3, 31))


@pytest.mark.parametrize("raw, expected", [
    # the seed memo
    ("เดือน ตุลาคม พ.ศ.๒๕๖๕ - กันยายน พ.ศ.๒๕๖๖", FY66),
    ("เดือน ตุลาคม พ.ศ. ๒๕๖๕ - กันยายน พ.ศ.๒๕๖๖", FY66),
    ("เดือนตุลาคม พ.ศ.๒๕๖๕ - วันที่ ๓๐ กันยายน พ.ศ.๒๕๖๖", FY66),
    ("เดือนตุลาคม พ.ศ. ๒๕๖๕ - เดือนมีนาคม พ.ศ.๒๕๖๖", OCT_MAR),
    ("เดือนตุลาคม พ.ศ.๒๕๖๕ - วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๖", FY66),
    # the domain page and the contract
    ("ต.ค. 65 – มี.ค. 66", OCT_MAR),
    ("ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖", FY66),
    ("ตลอดปีงบประมาณ ๒๕๖๖", FY66),
    ("ปีงบประมาณ 2566", FY66),
    ("ปีงบประมาณ พ.ศ. ๒๕๖๖", FY66),
    ("ไตรมาสที่ ๑/๒๕๖๖", (D(2022, 10, 1), D(2022, 12, 31))),
    ("ไตรมาสที่ 2/2566", (D(2023, 1, 1), D(2023, 3, 31))),
    ("ไตรมาส 4/2566", (D(2023, 7, 1), D(2023, 9, 30))),
    ("ไตรมาส 1-2/2566", OCT_MAR),
    ("ไตรมาสที่ ๓ - ๔ ปีงบประมาณ ๒๕๖๖", (D(2023, 4, 1), D(2023, 9, 30))),
    ("มีนาคม ๒๕๖๖", (D(2023, 3, 1), D(2023, 3, 31))),
    ("กุมภาพันธ์ 2567", (D(2024, 2, 1), D(2024, 2, 29))),
    ("1 ต.ค. 65 - 31 มี.ค. 66", OCT_MAR),
    ("15 ต.ค. 65 - 20 มี.ค. 66", (D(2022, 10, 15), D(2023, 3, 20))),
    ("1/10/2565 - 31/3/2566", OCT_MAR),
    ("5 ต.ค. 65", (D(2022, 10, 5), D(2022, 10, 5))),
    # dashes and ถึง
    ("ต.ค. 65 - มี.ค. 66", OCT_MAR), ("ต.ค. 65 — มี.ค. 66", OCT_MAR), ("ต.ค. 65 ~ มี.ค. 66", OCT_MAR),
    ("ต.ค. 65 ถึง มี.ค. 66", OCT_MAR), ("ตั้งแต่ ต.ค. 65 ถึง มี.ค. 66", OCT_MAR),
    ("ต.ค.65-มี.ค.66", OCT_MAR), ("ตุลาคม 2565\n- มีนาคม 2566", OCT_MAR),
    # years from the other side
    ("ตุลาคม - ธันวาคม ๒๕๖๕", (D(2022, 10, 1), D(2022, 12, 31))),
    ("ตุลาคม - มีนาคม ๒๕๖๖", OCT_MAR),
    ("ตุลาคม ๒๕๖๕ - มีนาคม", OCT_MAR),
    ("1 - 15 ตุลาคม 2565", (D(2022, 10, 1), D(2022, 10, 15))),
    # an end before its start is kept as typed
    ("มีนาคม 2566 - ตุลาคม 2565", (D(2023, 3, 1), D(2022, 10, 31))),
    # date cells
    (D(2023, 3, 31), (D(2023, 3, 31), D(2023, 3, 31))),
    (datetime(2023, 3, 31, 8, 0), (D(2023, 3, 31), D(2023, 3, 31))),
])
def test_parse_period(raw, expected):
    period = parse_period(raw)
    assert (period.start, period.end) == expected


@pytest.mark.parametrize("raw, expected", [
    ("ตุลาคม - มีนาคม", OCT_MAR),
    ("ตุลาคม - ธันวาคม", (D(2022, 10, 1), D(2022, 12, 31))),
    ("มกราคม - กันยายน", (D(2023, 1, 1), D(2023, 9, 30))),
    ("ไตรมาสที่ 4", (D(2023, 7, 1), D(2023, 9, 30))),
    ("ตลอดปีงบประมาณ", FY66),
    ("ตลอดปี", FY66),
    ("มีนาคม", (D(2023, 3, 1), D(2023, 3, 31))),
    ("5 ตุลาคม", (D(2022, 10, 5), D(2022, 10, 5))),
    ("ต.ค. 65 – มี.ค. 66", OCT_MAR),  # a written year wins over the fiscal year
])
def test_parse_period_inside_fiscal_year(raw, expected):
    period = parse_period(raw, fiscal_year=2566)
    assert (period.start, period.end) == expected


@pytest.mark.parametrize("raw", [
    "", "ดี", "รายงานความก้าวหน้าทุก ๖ เดือน", "ตุลาคม - มีนาคม", "ไตรมาสที่ 5/2566", "ไตรมาส 2",
    "ภายในเดือนมีนาคม 2566", "31 ก.ย. 66", "2566", "ต.ค. 65 - มี.ค. 66 - ก.ย. 66", None, 2566,
])
def test_parse_period_rejects(raw):
    with pytest.raises(ValueError):
        parse_period(raw)


def test_format_period():
    assert format_period(Period(*FY66)) == "ต.ค. 65 – ก.ย. 66"
    assert format_period(Period(*OCT_MAR), thai_digits=True) == "ต.ค. ๖๕ – มี.ค. ๖๖"
    assert format_period(Period(D(2022, 10, 5), D(2023, 3, 31))) == "5 ต.ค. 65 – มี.ค. 66"
    assert format_period(Period(D(2022, 10, 5), D(2022, 10, 5))) == "5 ต.ค. 65"
    assert format_period(Period(D(2023, 3, 1), D(2023, 3, 31))) == "มี.ค. 66"


@settings(max_examples=300, database=None)
@given(
    st.dates(min_value=D(1958, 1, 1), max_value=D(2150, 12, 31)),
    st.dates(min_value=D(1958, 1, 1), max_value=D(2150, 12, 31)),
    st.booleans(),
)
def test_format_period_round_trip(start, end, thai):
    period = Period(start, end)
    assert parse_period(format_period(period, thai_digits=thai)) == period


@NO_DB
@given(st.integers(min_value=2501, max_value=2699), st.integers(min_value=0, max_value=11),
       st.integers(min_value=0, max_value=11))
def test_whole_month_periods_round_trip(be_year, m1, span):
    """Month-granular periods (the common case) format without days and parse back exactly."""
    text = f"{MONTHS_TH[m1]} {be_year} - {MONTHS_TH_ABBR[(m1 + span) % 12]}"
    period = parse_period(text)
    assert period.start == D(be_to_ce(be_year), m1 + 1, 1)
    assert period.start <= period.end
    assert parse_period(format_period(period)) == period


def test_lookalike_spellings_are_folded_where_text_enters():
    """The NACC consultants' คะเเนน (two ◌เ) and ◌ํา (U+0E4D U+0E32) look like คะแนน and ◌ำ."""
    assert clean_text("คะ\u0e40\u0e40นน การท\u0e4d\u0e32งาน") == "คะแนน การทำงาน"
    assert header_key("ผลคะเเนน ปี ๒๕๖๕") == header_key("ผลคะแนน ปี ๒๕๖๕")
    assert parse_number("๙๑.๐๓ คะเเนน") == 91.03


@pytest.mark.parametrize("raw, year", [
    ("คะแนนปี 66", 2566), ("คะเเนนปี ๖๖", 2566), ("ปีงบประมาณ 67", 2567), ("พ.ศ.65", 2565),
    ("FY66", 2566), ("คะแนน 40", None), ("OIT (40)", None), ("ปี 66.5", None),
])
def test_two_digit_year_headers(raw, year):
    assert parse_year_header(raw) == year


@pytest.mark.parametrize("raw, years", [
    ("ผลต่าง\n(๒๕๖๖ − ๒๕๖๕)", (2566, 2565)), ("ผลต่างปี 66-67", (2566, 2567)),
    ("ผลต่าง (2567-2568)", (2567, 2568)), ("ผลต่างปี 2568", (2568,)),
    ("ผลคะแนนที่มีการ พัฒนา/ที่ต้อง พัฒนาให้ดีขึ้น", ()),
])
def test_years_a_change_header_names(raw, years):
    from ita_xl.thai import years_named

    assert years_named(raw) == years
