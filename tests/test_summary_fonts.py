"""Chart fonts: every chart of the summary names TH Sarabun New as its complex-script and East
Asian font wherever it names it as the Latin one (the finished file is patched)."""
from __future__ import annotations

import zipfile
from datetime import datetime

import ita_xl.summary as summary
from ita_xl.summary.charts import FONT
from sample_analysis import sample_analysis

GENERATED = datetime(2023, 10, 10, 9, 30)


def _parts(path):
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def test_every_chart_names_the_complex_script_font(tmp_path):
    analysis = sample_analysis(draft=True)
    parts = _parts(summary.build_summary(analysis, tmp_path / "summary.xlsx",
                                         generated=GENERATED, thai_digits=True))
    charts = [name for name in parts if name.startswith("xl/charts/chart")]
    assert len(charts) == 3
    for name in charts:
        xml = parts[name].decode()
        latin = xml.count(f'<a:latin typeface="{FONT}"')
        assert latin and xml.count(f'<a:cs typeface="{FONT}"/>') == latin
        assert xml.count(f'<a:ea typeface="{FONT}"/>') == latin
