"""Reading the master workbook into :mod:`ita_xl.master.model` dataclasses."""
