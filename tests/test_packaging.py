"""What `pip install .` ships: every package of the source tree and its data files."""
from __future__ import annotations

import configparser
from pathlib import Path

REPO = Path(__file__).parent.parent


def declared_packages() -> set:
    cfg = configparser.ConfigParser()
    cfg.read(REPO / "setup.cfg", encoding="utf-8")
    return {line.strip() for line in cfg["options"]["packages"].splitlines() if line.strip()}


def test_every_package_in_the_tree_is_declared_in_setup_cfg():
    found = {".".join(init.parent.relative_to(REPO).parts)
             for init in (REPO / "ita_xl").rglob("__init__.py")}
    found.add("ita_xl.templates")  # mapped from the top-level templates/ folder
    assert found == declared_packages()


def test_templates_and_framework_data_are_package_data():
    cfg = configparser.ConfigParser()
    cfg.read(REPO / "setup.cfg", encoding="utf-8")
    data = cfg["options.package_data"]
    assert "*.pptx" in data["ita_xl.templates"] and "*.xlsx" in data["ita_xl.templates"]
    assert (REPO / "templates" / "briefing.pptx").exists()
    assert (REPO / "templates" / "master-template.xlsx").exists()
    assert "data/*.json" in data["ita_xl.framework"]
