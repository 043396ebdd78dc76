"""Everything a user can do wrong that stops the tool, as one small exception each.

The command line maps every :class:`ItaXlError` to a catalogue message and an exit code in one
place (``cli.py``); the library raises them and never prints or exits.
"""
from __future__ import annotations

from enum import IntEnum
from typing import Any, Dict


class ExitCode(IntEnum):
    """Process exit statuses: never the same code for bad data and an unusable file."""

    OK = 0
    FINDINGS = 1
    UNUSABLE_INPUT = 2
    INTERNAL = 3


class ItaXlError(Exception):
    """Base class: carries a message-catalogue key and the values its template needs."""

    key = "error-generic"
    exit_code = ExitCode.UNUSABLE_INPUT

    def __init__(self, path: Any = None, **params: Any) -> None:
        self.params: Dict[str, Any] = dict(params)
        if path is not None:
            self.params.setdefault("path", str(path))
        super().__init__(f"{self.key}: {self.params}")

    def message(self, lang: str = "th") -> str:
        """The user-facing sentence in ``lang`` (th or en)."""
        from ita_xl.messages import text

        return text(self.key, lang, **self.params)


class FileMissing(ItaXlError):
    """The path does not exist."""

    key = "file-missing"


class IsADirectory(ItaXlError):
    """A folder was given where a workbook was expected."""

    key = "file-is-directory"


class EmptyFile(ItaXlError):
    """The file has no bytes."""

    key = "file-empty"


class NotAnXlsx(ItaXlError):
    """The file is not an Excel workbook at all (text, CSV, image…)."""

    key = "file-not-xlsx"


class OldXls(ItaXlError):
    """An Excel 97-2003 .xls workbook: must be saved as .xlsx first."""

    key = "file-old-xls"


class EncryptedWorkbook(ItaXlError):
    """The workbook is password-protected (an encrypted OLE container)."""

    key = "file-encrypted"


class CorruptWorkbook(ItaXlError):
    """The zip container or its XML is damaged or truncated."""

    key = "file-corrupt"


class UnsafeWorkbook(ItaXlError):
    """The workbook would inflate beyond safe limits or declares XML entities."""

    key = "file-unsafe"


class StrictWorkbook(ItaXlError):
    """Saved as Strict Open XML, which ita-xl does not read: to be saved as a normal .xlsx."""

    key = "file-strict"


class WorkbookTooLarge(ItaXlError):
    """A part ita-xl must parse is larger than it reads safely (size or shared-string count)."""

    key = "file-too-large"


class SheetMissing(ItaXlError):
    """Required sheets are absent; says which are missing and which were found."""

    key = "sheets-missing"


class WorkbookLocked(ItaXlError):
    """Excel has the master open (a ~$ lock file beside it)."""

    key = "file-locked"


class NotWritable(ItaXlError):
    """The master or its folder cannot be written."""

    key = "file-not-writable"


class FrameworkMissing(ItaXlError):
    """No framework data file for a fiscal year the command needs."""

    key = "framework-missing"


class FrameworkInvalid(ItaXlError):
    """A framework data file exists but cannot be read."""

    key = "framework-invalid"


class FrameworkDirMissing(ItaXlError):
    """``ita-xl framework new`` was not told where to write (no --dir, no ITA_XL_FRAMEWORK_DIR)."""

    key = "framework-dir-missing"


class TemplateInvalid(ItaXlError):
    """A --template deck cannot be used (missing, not a .pptx, no usable layouts)."""

    key = "template-invalid"


class OutputNotWritable(ItaXlError):
    """The output folder cannot be created or written."""

    key = "output-not-writable"


class OfficeMissing(ItaXlError):
    """LibreOffice is not installed, so no PDF can be written.

    PDFs are an optional extra made after the workbook and deck are written, so this is a warning:
    exit status OK (the run command reports it as a note).
    """

    key = "pdf-no-office"
    exit_code = ExitCode.OK


class PdfFailed(ItaXlError):
    """LibreOffice ran but produced no PDF (crash, timeout, unreadable file); a warning like above."""

    key = "pdf-failed"
    exit_code = ExitCode.OK


class AlreadyExists(ItaXlError):
    """`new` would overwrite an existing file."""

    key = "file-exists"


class WriteBackRefused(ItaXlError):
    """The computed sheets could not be written into the master soundly; the master is untouched.

    ``reason`` / ``reason_en`` say why (catalogue ``writeback.*`` entries, see ita_xl.writeback).
    """

    key = "writeback-refused"


class WorkbookLockedOffice(WorkbookLocked):
    """LibreOffice (or OpenOffice) has the master open: a ``.~lock.<name>#`` file beside it."""

    key = "file-locked-office"


class DiskFull(ItaXlError):
    """The disk (or quota) ran out while writing; the temp file is gone, the master unchanged."""

    key = "disk-full"


class MasterChangedEarly(ItaXlError):
    """Another program saved the master while ita-xl read it: nothing was written."""

    key = "master-changed-early"


class MasterChanged(ItaXlError):
    """Another program saved the master while ita-xl worked: its save stays the master, ita-xl's
    result is kept beside it (``saved``)."""

    key = "master-changed"


class MasterChangedSwapped(MasterChanged):
    """Another program saved the master in the very instant ita-xl replaced it, and its save could
    not be put back: ita-xl's result is the master, that save is kept beside it (``other``)."""

    key = "master-changed-swapped"


class MasterOpened(MasterChanged):
    """Another program opened the master while ita-xl worked (a lock file appeared): the master is
    left alone, ita-xl's result is kept beside it (``saved``)."""

    key = "master-opened"
