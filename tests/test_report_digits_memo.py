"""Writer.d remembers each text it shows (a long table repeats its texts): the remembered text
must still follow each writer's own digit setting."""
from __future__ import annotations

from ita_xl.report.document import Writer, new_document


def test_the_same_text_follows_each_writers_digit_setting_in_any_order():
    thai, arabic = Writer(new_document(), thai_digits=True), Writer(new_document(), False)
    text = "ปี พ.ศ. 2569 ข้อ 3 ได้ -5.25 คะแนน O19 6 เดือน"
    for _round in range(2):
        assert arabic.d(text) == "ปี พ.ศ.\u00a02569 ข้อ\u00a03 ได้ -\u20605.25\u00a0คะแนน O19 6\u00a0เดือน"
        assert thai.d(text) == "ปี พ.ศ.\u00a0๒๕๖๙ ข้อ\u00a0๓ ได้ -\u2060๕.๒๕\u00a0คะแนน O19 ๖\u00a0เดือน"
