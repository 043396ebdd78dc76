"""What a run has written so far, so any stop — an error, Ctrl-C, a full disk — can say exactly
what was and was not written (never a reassurance that may be false).

:mod:`safewrite` notes each file the moment it is in place; the command line prints
:meth:`Journal.lines` after any message that ends a run early.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

from ita_xl.messages import text


@dataclass
class Journal:
    """Files a run touched: the master (replaced or not), its backup, a copy kept beside it, and
    the outputs it meant to write and did write."""

    master: Optional[Path] = None
    backup: Optional[Path] = None
    master_replaced: bool = False
    kept_beside: Optional[Path] = None  # ita-xl's result, when another program saved the master
    planned: List[Path] = field(default_factory=list)  # outputs the run means to write
    written: List[Path] = field(default_factory=list)  # outputs (and the master) now in place

    def wrote(self, path: Path) -> None:
        """``path`` is now complete on disk (called right after its os.replace)."""
        path = Path(path)
        if self.master is not None and path == self.master:
            self.master_replaced = True
        elif path not in self.written:
            self.written.append(path)

    def lines(self, lang: str = "th") -> List[str]:
        """One sentence per fact: the master's state, its backup, outputs written and not."""
        out: List[str] = []
        if self.master is not None:
            if self.master_replaced:
                out.append(text("state-master-replaced", lang, path=str(self.master)))
            else:
                out.append(text("state-master-untouched", lang, path=str(self.master)))
            if self.backup is not None:
                out.append(text("state-backup", lang, path=str(self.backup)))
        if self.kept_beside is not None:
            out.append(text("state-kept-beside", lang, path=str(self.kept_beside)))
        if self.written:
            out.append(text("state-written", lang, paths=", ".join(map(str, self.written))))
        missing = [p for p in self.planned if p not in self.written]
        if missing:
            out.append(text("state-not-written", lang, paths=", ".join(map(str, missing))))
        if not out:
            out.append(text("state-nothing-written", lang))
        return out
