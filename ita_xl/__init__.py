"""ita-xl: turn an agency's ITA master workbook into validated analysis, sheets and a briefing."""

__version__ = "0.1.0"
