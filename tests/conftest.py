import sys
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("ita-xl", database=None, deadline=None)
settings.load_profile("ita-xl")

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from builders import MasterSpec, build_master  # noqa: E402
from render import need_office  # noqa: E402

REPO = HERE.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def office():
    """Skip when LibreOffice is missing locally; CI sets ITA_XL_REQUIRE_OFFICE=1 to fail instead.
    ITA_XL_SKIP_OFFICE=1 skips the rendering (.ci/run's second pass on the newest Python
    dependencies: LibreOffice did not change, the first pass rendered everything)."""
    return need_office()


@pytest.fixture
def master(tmp_path):
    """A clean default master workbook in tmp_path."""
    return build_master(tmp_path / "master.xlsx", MasterSpec())


@pytest.fixture
def excel_made():
    """The Excel-saved workbooks (copied from shared/excel-made; see its README for licence)."""
    return HERE / "data" / "excel-made"
