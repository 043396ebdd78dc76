"""TH Sarabun New's metrics for the LibreOffice processes the tests start (see
ita_xl/office_fonts.py): one stand-in per test session, made from Laksaman."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Dict

from ita_xl.office_fonts import stand_in_env

_ENV: Dict[str, str] = {}


def office_env() -> Dict[str, str]:
    """FONTCONFIG_FILE for a LibreOffice process ({} where the system's fonts already give TH
    Sarabun New, or Laksaman or fontTools is missing)."""
    if not _ENV and not os.environ.get("ITA_XL_SYSTEM_FONTS"):
        _ENV.update(stand_in_env(Path(tempfile.mkdtemp(prefix="ita-xl-fonts-"))))
    return dict(_ENV)
