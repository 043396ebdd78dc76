"""Segmentation is cached by run of Thai letters (600 measures share their phrases): the cache
must give exactly what a fresh segmentation gives, whatever texts came before, and a text too
wide for its column still wraps between its words."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ita_xl import thai_breaks, typography
from ita_xl.thai_breaks import units, words

PHRASES = ["พัฒนาการใช้อำนาจให้ดีขึ้นอย่างต่อเนื่อง", "มาตรการที่", "ประชุมชี้แจงผู้รับผิดชอบ",
           "การเปิดเผยข้อมูล", "กองคลัง", "งานพัสดุ", "เผยแพร่ผ่านเว็บไซต์และสื่อออนไลน์"]


def _clear_caches():
    for fn in (thai_breaks._segment, thai_breaks.words, thai_breaks.units, thai_breaks.mark,
               typography._wrap, typography._too_wide):
        fn.cache_clear()


def _fresh(fn, *args):
    """``fn(*args)`` as a process that has segmented nothing yet computes it."""
    _clear_caches()
    return fn(*args)


def _newmm(run: str):
    """PyThaiNLP's newmm over the same dictionary, called directly (no cache of ours)."""
    from pythainlp.tokenize.newmm import segment

    return list(segment(run, thai_breaks._dictionary()))


def test_a_cached_run_gives_what_newmm_gives():
    _clear_caches()
    first = words(f"มาตรการที่ 17 {PHRASES[0]}")
    second = words(f"มาตรการที่ 18 {PHRASES[0]}")  # its Thai runs come from the cache
    assert thai_breaks._segment.cache_info().hits >= 2
    assert first[-len(_newmm(PHRASES[0])):] == second[-len(_newmm(PHRASES[0])):]
    assert list(second[-len(_newmm(PHRASES[0])):]) == _newmm(PHRASES[0])
    assert second == _fresh(words, f"มาตรการที่ 18 {PHRASES[0]}")


def test_the_cache_cannot_be_changed_by_a_caller():
    _clear_caches()
    got = thai_breaks._segment(PHRASES[0])
    assert isinstance(got, tuple)  # immutable: words() builds its own list from it
    words("ั" + PHRASES[0])  # a leading mark moves onto the token before it, in words' own list
    assert thai_breaks._segment(PHRASES[0]) == tuple(_newmm(PHRASES[0]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PHRASES + [" ", "12", "ปี 2568", "๒๕๖๙", "(", ")"]),
                min_size=1, max_size=8),
       st.lists(st.sampled_from(PHRASES), max_size=4))
def test_any_history_of_texts_leaves_the_result_as_fresh(parts, before):
    text = "".join(parts)
    for earlier in before:  # texts segmented earlier in the same process
        units(earlier + " 5 " + text[:7])
    warm = (words(text), units(text), typography.wrap(text, 120, 16, safety=1.08))
    assert warm == (_fresh(words, text), _fresh(units, text),
                    _fresh(typography.wrap, text, 120, 16, False, 1.08))


def test_a_measure_too_wide_for_its_column_still_wraps_between_words():
    text = f"มาตรการที่ 18 {PHRASES[0]}\n1. {PHRASES[2]}\n2. {PHRASES[6]}"
    words(f"มาตรการที่ 17 {PHRASES[0]}")  # warm: the shared runs are cached
    width = typography.units_to_points(22)  # the follow-up sheet's narrow columns
    lines = typography.wrap(text, width, 16, safety=typography.CELL_SAFETY)
    assert len(lines) > 3  # each of the three paragraphs is wider than the column
    for line in lines:
        assert typography.em_width(line) * 16 * typography.CELL_SAFETY <= width + 1e-6
    # every line ends where a word ends: joined back they are the text, cut only at units
    ends = set()
    for para in text.split("\n"):
        at = 0
        for word in words(para):
            at += len(word)
            ends.add((para, at))
    paras = iter(text.split("\n"))
    para, used = next(paras), 0
    for line in lines:
        if used >= len(para.rstrip()):
            para, used = next(paras), 0
        start = para.index(line, used)
        used = start + len(line)
        assert used == len(para) or (para, used) in ends or para[used] == " "
    assert lines == _fresh(typography.wrap, text, width, 16, False, typography.CELL_SAFETY)
