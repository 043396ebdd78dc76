"""Issue 9 item 5: a dependency's private internals live only in ita_xl/compat (gated).

The master reader uses openpyxl's public names only (no gate needed); nothing outside compat
imports a dependency's private module. Checked on the source, so a new private use fails here.
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "ita_xl"
DEPENDENCIES = ("openpyxl", "pptx", "xlsxwriter", "docx", "zipfile")


def _modules(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _private_imports(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            parts = node.module.split(".")
            if parts[0] in DEPENDENCIES:
                if any(p.startswith("_") for p in parts[1:]) or any(
                        a.name.startswith("_") for a in node.names):
                    yield node.lineno, node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] in DEPENDENCIES and any(p.startswith("_") for p in parts[1:]):
                    yield node.lineno, alias.name


def test_no_private_module_of_a_dependency_is_imported_outside_compat():
    found = [(path.relative_to(PACKAGE).as_posix(), line, module)
             for path, tree in _modules(PACKAGE) if "compat" not in path.parts
             for line, module in _private_imports(tree)]
    assert found == []


def test_the_master_reader_reaches_into_no_object_privately():
    """In ita_xl/master only ita-xl's own objects have '_' attributes read."""
    own = {"_named"}  # locate.Header's cache of its named columns
    found = []
    for path, tree in _modules(PACKAGE / "master"):
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_")
                    and not node.attr.startswith("__") and node.attr not in own
                    and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))):
                found.append((path.name, node.lineno, node.attr))
    assert found == []


def test_the_check_finds_a_private_use():
    tree = ast.parse("from openpyxl.worksheet._read_only import ReadOnlyWorksheet\n"
                     "from zipfile import _EndRecData\n")
    assert [m for _, m in _private_imports(tree)] == ["openpyxl.worksheet._read_only", "zipfile"]
