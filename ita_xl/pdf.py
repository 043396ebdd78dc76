"""PDF copies of the outputs through LibreOffice headless (the one free converter on every OS).

Each conversion runs with a private, throw-away LibreOffice profile so it neither clashes with a
LibreOffice the user has open nor leaves settings behind, and writes into a temporary folder first
so a PDF someone has open is replaced whole or not at all.
"""
from __future__ import annotations

import glob
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence

from ita_xl.errors import OfficeMissing, PdfFailed
from ita_xl.office_fonts import stand_in_env

ENV_OVERRIDE = "ITA_XL_SOFFICE"  # full path of soffice when it is somewhere unusual
_NAMES = ("soffice", "libreoffice")

# Where installers put soffice when it is not on PATH ({VAR} = environment variable).
USUAL_LOCATIONS: Dict[str, Sequence[str]] = {
    "win32": (
        r"{PROGRAMFILES}\LibreOffice\program\soffice.exe",
        r"{PROGRAMFILES(X86)}\LibreOffice\program\soffice.exe",
        r"{PROGRAMW6432}\LibreOffice\program\soffice.exe",
        r"C:\Program Files\LibreOffice\program\soffice.exe",
        r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    ),
    "darwin": ("/Applications/LibreOffice.app/Contents/MacOS/soffice",),
    "linux": ("/opt/libreoffice*/program/soffice", "/snap/bin/libreoffice"),
}


def find_office() -> Optional[str]:
    """The soffice executable: $ITA_XL_SOFFICE, then PATH, then the usual install folders."""
    override = os.environ.get(ENV_OVERRIDE)
    if override:
        return override if Path(override).is_file() else None
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return found
    for candidate in _expand(USUAL_LOCATIONS.get(_platform(), ())):
        if Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def office_available() -> bool:
    return find_office() is not None


def convert_to_pdf(paths: Sequence[Path], outdir: Path, timeout: int = 180) -> List[Path]:
    """Convert each file (xlsx, pptx, docx …) to ``outdir/<stem>.pdf``; return the PDFs in order.

    Files go to LibreOffice together (one start costs seconds), split only where two share a
    stem.

    Raises OfficeMissing when LibreOffice is not installed and PdfFailed when it fails, times out
    or produces no PDF for some file (PDFs of the files that did convert are kept).
    """
    soffice = find_office()
    if soffice is None:
        raise OfficeMissing()
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    sources = [Path(p) for p in paths]
    names = pdf_names(sources)
    made: Dict[Path, Path] = {}
    for batch in _batches(sources):
        made.update(_convert_batch(soffice, batch, outdir, timeout, names))
    return [made[src] for src in sources]


def pdf_names(paths: Sequence[Path]) -> Dict[Path, str]:
    """``<stem>.pdf``; when two inputs share a stem, ``<stem>-<extension>.pdf`` for both."""
    stems = [p.stem for p in paths]
    return {p: (f"{p.stem}-{p.suffix.lstrip('.').lower()}.pdf" if stems.count(p.stem) > 1
                else f"{p.stem}.pdf") for p in paths}


def _convert_batch(soffice: str, batch: List[Path], outdir: Path, timeout: int,
                   names: Dict[Path, str]) -> Dict[Path, Path]:
    """One LibreOffice start for several files (a start costs seconds); stems are unique here."""
    for src in batch:
        if not src.is_file():
            raise PdfFailed(path=src, detail="file not found")
    profile = Path(tempfile.mkdtemp(prefix="ita-xl-lo-profile-"))
    tmp_out = Path(tempfile.mkdtemp(prefix=".ita-xl-pdf-", dir=outdir))  # same disk: atomic move
    try:
        cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "pdf",
               "--outdir", str(tmp_out), *[str(p.resolve()) for p in batch]]
        fonts = stand_in_env(profile)  # TH Sarabun New's metrics where only Laksaman is
        detail = _run(cmd, timeout, env={**os.environ, "HOME": str(profile), **fonts})
        done: Dict[Path, Path] = {}
        for src in batch:
            made = tmp_out / (src.stem + ".pdf")
            if not made.is_file() or made.stat().st_size == 0:
                raise PdfFailed(path=src, detail=detail or "no PDF produced")
            dest = outdir / names[src]
            try:
                os.replace(made, dest)
            except OSError as exc:  # e.g. the old PDF is open in a viewer on Windows
                raise PdfFailed(path=dest, detail=str(exc)) from exc
            done[src] = dest
        return done
    finally:
        shutil.rmtree(tmp_out, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)


def _run(cmd: List[str], timeout: int, env: Dict[str, str]) -> str:
    """Run LibreOffice in its own process group; on timeout end that group. Returns its stderr."""
    kwargs: Dict[str, object] = {}
    if sys.platform == "win32":
        kwargs["creationflags"] = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
    else:
        kwargs["start_new_session"] = True
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                **kwargs)  # type: ignore[call-overload]
    except OSError as exc:
        raise PdfFailed(path=cmd[0], detail=str(exc)) from exc
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        _kill(proc)
        raise PdfFailed(path=cmd[-1], detail=f"timed out after {timeout} s") from exc
    text = err.decode("utf-8", "replace").strip()
    if proc.returncode != 0:
        return text or f"LibreOffice exit status {proc.returncode}"
    return text


def _kill(proc: "subprocess.Popen[bytes]") -> None:
    """End the LibreOffice we started and its children (soffice forks soffice.bin)."""
    try:
        if sys.platform == "win32":  # the tree under the soffice.exe we started, by its id
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)],
                           capture_output=True, timeout=30)
            proc.kill()
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        proc.communicate(timeout=10)
    except (subprocess.TimeoutExpired, OSError):
        pass


def _batches(paths: List[Path]) -> List[List[Path]]:
    """Split so that no batch holds two files with the same stem (their PDFs would collide)."""
    batches: List[List[Path]] = []
    for path in paths:
        for batch in batches:
            if all(p.stem != path.stem for p in batch):
                batch.append(path)
                break
        else:
            batches.append([path])
    return batches


def _platform() -> str:
    if sys.platform.startswith("linux"):
        return "linux"
    return sys.platform


def _expand(patterns: Iterable[str]) -> List[str]:
    """Fill {VAR} from the environment (skipping unset ones) and expand globs."""
    out: List[str] = []
    for pattern in patterns:
        try:
            filled = pattern.format_map(_EnvOrFail(os.environ))
        except KeyError:
            continue
        out.extend(sorted(glob.glob(filled)) if "*" in filled else [filled])
    return out


class _EnvOrFail(dict):
    def __init__(self, env: "os._Environ[str]") -> None:
        super().__init__({k.upper(): v for k, v in env.items()})

    def __missing__(self, key: str) -> str:
        raise KeyError(key)
