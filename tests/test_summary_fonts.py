"""Chart fonts: the charts name TH Sarabun New as their complex-script font as they are written,
exactly as patching the finished file (the fallback for another XlsxWriter) names it."""
from __future__ import annotations

import zipfile
from datetime import datetime

import ita_xl.summary as summary
from ita_xl.compat import xlsxwriter as compat_xlsxwriter
from ita_xl.summary.charts import FONT
from sample_analysis import sample_analysis

GENERATED = datetime(2023, 10, 10, 9, 30)


def _parts(path):
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def test_hooked_charts_equal_the_patched_file(tmp_path, monkeypatch):
    analysis = sample_analysis(draft=True)
    hooked = _parts(summary.build_summary(analysis, tmp_path / "hooked.xlsx",
                                          generated=GENERATED, thai_digits=True))
    monkeypatch.setattr(compat_xlsxwriter, "name_complex_script", lambda workbook, face: False)
    patched = _parts(summary.build_summary(analysis, tmp_path / "patched.xlsx",
                                           generated=GENERATED, thai_digits=True))
    assert hooked == patched
    charts = [name for name in hooked if name.startswith("xl/charts/chart")]
    assert len(charts) == 3
    for name in charts:
        xml = hooked[name].decode()
        latin = xml.count(f'<a:latin typeface="{FONT}"')
        assert latin and xml.count(f'<a:cs typeface="{FONT}"/>') == latin
        assert xml.count(f'<a:ea typeface="{FONT}"/>') == latin
