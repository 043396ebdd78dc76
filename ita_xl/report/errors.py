"""What stops ``ita-xl report`` and ``ita-xl progress`` (messages in messages/report.py)."""
from __future__ import annotations

from ita_xl.errors import ExitCode, ItaXlError


class AsOfInvalid(ItaXlError):
    """--as-of is neither an ISO date nor a Thai date."""

    key = "rep-as-of-invalid"


class DocxTemplateInvalid(ItaXlError):
    """A --template letterhead is missing or not a Word document python-docx can open."""

    key = "rep-template-invalid"


class NothingToAnalyse(ItaXlError):
    """The analysed year is unreadable or has no framework: validation says which."""

    key = "rep-no-analysis"
    exit_code = ExitCode.FINDINGS
