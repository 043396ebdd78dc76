"""Regenerate templates/master-template.xlsx: an empty master for the fiscal years around today.

Run: python templates/make_master_template.py. `ita-xl new master.xlsx` builds the same workbook
for the day it runs (ita_xl.starter), so this copy is only a convenience for people without ita-xl.
"""
from __future__ import annotations

from pathlib import Path

from ita_xl.starter import build_master, starting_years

HERE = Path(__file__).parent

if __name__ == "__main__":
    print(build_master(HERE / "master-template.xlsx", starting_years()))
