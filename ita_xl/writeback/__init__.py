"""The lossless write-back: the computed sheets spliced into the staff's master.

Three steps, each its own module: :func:`~ita_xl.writeback.plan.plan_splice` decides what every
zip entry of the master becomes (kept byte-identical, replaced, added or removed) without writing
anything; :func:`~ita_xl.writeback.apply.apply_plan` writes that plan in one pass;
:func:`~ita_xl.writeback.verify.new_problems` reopens the result and checks it is a sound
package. Only a sound result may replace the master (``write_back``); anything the splice cannot
do safely — an unknown namespace or layout, XML that is not well-formed, a result that fails the
check — is a WriteBackRefused (exit 2) and the master stays exactly as it was.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

from ita_xl import errors, safewrite
from ita_xl.journal import Journal
from ita_xl.messages import text
from ita_xl.writeback.apply import apply_plan
from ita_xl.writeback.package import Package, UnknownLayout
from ita_xl.writeback.plan import ADD, MARKER_PREFIX, REPLACE, SpliceResult, plan_splice
from ita_xl.writeback.verify import new_problems
from ita_xl.writeback.xmltext import XmlError

__all__ = ["MARKER_PREFIX", "SpliceResult", "add_foreign_sheets", "splice_sheets", "write_back"]


def splice_sheets(master: Path, computed: Path, dest: Path,
                  marker_prefix: str = MARKER_PREFIX) -> SpliceResult:
    """Write ``master`` with ``computed``'s marked worksheets (replacing the previous run's) to ``dest``.

    Every worksheet of ``computed`` must carry ``<sheetPr codeName="<marker_prefix>…">``
    (XlsxWriter: ``worksheet.set_vba_name("itaxl_comparison")``); ``dest`` must not be ``master``.
    Raises WriteBackRefused (``dest`` removed) when the result would not be sound.
    """
    return _splice(Path(master), Path(computed), Path(dest), marker_prefix)


def add_foreign_sheets(master: Path, package: Path, dest: Path) -> SpliceResult:
    """Append every worksheet of ``package`` to ``master`` as ordinary sheets (no marker, no removal).

    The same lossless splice: used to put staff sheets into a workbook another program made.
    """
    return _splice(Path(master), Path(package), Path(dest), None)


def write_back(master: Path, computed: Path, keep_backups: int = 10,
               marker_prefix: str = MARKER_PREFIX, snapshot: Optional[safewrite.Snapshot] = None,
               journal: Optional[Journal] = None) -> SpliceResult:
    """Splice ``computed`` into ``master`` in place: check, back up, write a temp file, verify it,
    replace. Raises errors.WorkbookLocked / NotWritable / WriteBackRefused / DiskFull with nothing
    changed, MasterChanged when another program saved ``master`` since ``snapshot`` (see
    safewrite.replace_master); ``journal`` notes the backup and the replace.
    """
    master = Path(master)
    results: List[SpliceResult] = []

    def write(tmp: Path) -> None:
        try:
            results.append(_splice(master, Path(computed), tmp, marker_prefix))
        except (ValueError, KeyError, IndexError) as exc:  # the master's structure, not a bug of ours
            raise _refused(master, "writeback.structure", msg=_short(exc)) from exc

    backup = safewrite.replace_master(master, write, snapshot=snapshot, keep_backups=keep_backups,
                                      journal=journal)
    results[0].backup = backup
    return results[0]


def _splice(master: Path, computed: Path, dest: Path, marker: Optional[str]) -> SpliceResult:
    m_pkg = Package(master)
    try:
        c_pkg = Package(computed)
        try:
            plan = plan_splice(m_pkg, c_pkg, marker)
        finally:
            c_pkg.close()
    except UnknownLayout as exc:
        raise _refused(master, "writeback.layout", part=exc.part, found=exc.found) from exc
    except XmlError as exc:
        raise _refused(master, "writeback.not-xml", part=exc.part or "?", msg=_short(exc)) from exc
    finally:
        m_pkg.close()
    apply_plan(plan, dest)
    found = new_problems(dest, master, plan.names(REPLACE, ADD))
    if found:
        dest.unlink()
        raise _refused(master, "writeback.unsound", problems=found)
    return plan.result


def _refused(master: Path, key: str, problems=None, **params: object) -> errors.WriteBackRefused:
    """The error with its reason in both languages (``problems``: verify's findings, joined)."""
    reasons = {}
    for lang, field in (("th", "reason"), ("en", "reason_en")):
        if problems is not None:
            params["problems"] = "; ".join(text(p.key, lang, **p.values()) for p in problems[:3])
        reasons[field] = text(key, lang, **params)
    return errors.WriteBackRefused(path=master, **reasons)


def _short(exc: BaseException) -> str:
    msg = str(exc) or type(exc).__name__
    return msg if len(msg) <= 160 else msg[:157] + "..."
