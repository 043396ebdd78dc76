"""Render office files with LibreOffice headless (PDF, PNG, text) for tests that must see output.

Tests that need it use the ``office`` fixture from conftest, which skips only when LibreOffice is
absent locally; CI installs LibreOffice, so there the tests always run (ITA_XL_REQUIRE_OFFICE=1
turns the skip into a failure).
"""
from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import List, Sequence

from fonts import office_env


def soffice() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return ""


def need_office() -> str:
    """soffice, or skip the test: LibreOffice missing locally (CI sets ITA_XL_REQUIRE_OFFICE=1 to
    fail instead), or ITA_XL_SKIP_OFFICE=1 (.ci/run's second pass on the newest Python
    dependencies: LibreOffice did not change, the first pass rendered everything). The ``office``
    fixture, and module-wide fixtures that render (they are set up before any test's own)."""
    import pytest

    if os.environ.get("ITA_XL_SKIP_OFFICE"):
        pytest.skip("rendering left to the first CI pass (ITA_XL_SKIP_OFFICE)")
    if not soffice() or not shutil.which("pdftoppm"):
        if os.environ.get("ITA_XL_REQUIRE_OFFICE"):
            pytest.fail("LibreOffice/poppler required but not installed")
        pytest.skip("LibreOffice not installed")
    return soffice()


def convert_all(files: Sequence[Path], fmt: str, outdir: Path, timeout: int = 300) -> List[Path]:
    """Convert ``files`` to ``fmt`` (pdf, xlsx, xls…) in ``outdir`` with one LibreOffice process
    and this test process's own profile (:func:`_profile`), so parallel runs never share one;
    return the converted files."""
    outdir.mkdir(parents=True, exist_ok=True)
    profile = _profile()
    try:
        subprocess.run(
            [soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", fmt, "--outdir", str(outdir), *[str(f) for f in files]],
            check=True, capture_output=True, timeout=timeout,
            env={**os.environ, "HOME": str(profile), **office_env()},
        )
    except BaseException:
        _discard_profile()  # a LibreOffice that failed or was killed may have left it locked
        raise
    out = [outdir / f"{Path(f).stem}.{fmt.split(':')[0]}" for f in files]
    missing = [o.name for o in out if not o.exists()]
    if missing:
        raise AssertionError(f"LibreOffice produced no {missing}")
    return out


_PROFILE: List[Path] = []
_OWNER = [0]  # the process that made it (a forked child never removes its parent's profile)


def _profile() -> Path:
    """A LibreOffice profile private to this process, made on first use and kept for the next
    conversions (a fresh profile costs LibreOffice about half a second more each start);
    removed when the process ends, or at once after a conversion that failed."""
    if not _PROFILE or _OWNER[0] != os.getpid():
        _PROFILE[:] = [Path(tempfile.mkdtemp(prefix="lo-profile-"))]
        _OWNER[0] = os.getpid()
    return _PROFILE[0]


def _discard_profile() -> None:
    if _PROFILE and _OWNER[0] == os.getpid():
        shutil.rmtree(_PROFILE.pop(), ignore_errors=True)


atexit.register(_discard_profile)


def convert(src: Path, fmt: str, outdir: Path, timeout: int = 180) -> Path:
    """Convert one file; see :func:`convert_all`."""
    return convert_all([src], fmt, outdir, timeout)[0]


def to_pdf(src: Path, outdir: Path, timeout: int = 180) -> Path:
    """Convert ``src`` to PDF in ``outdir``; return the PDF."""
    return convert(src, "pdf", outdir, timeout)


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdf_pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def to_pngs(pdf: Path, outdir: Path, dpi: int = 60) -> List[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(outdir / pdf.stem)],
                   check=True, capture_output=True)
    return sorted(outdir.glob(pdf.stem + "*.png"))
