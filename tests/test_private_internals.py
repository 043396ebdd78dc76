"""Issue 9 item 5: a dependency's private internals live only in ita_xl/compat (gated).

The master reader uses openpyxl's public names only (no gate needed); nothing outside compat
imports a dependency's private module or reads a private attribute (``obj._name``,
``getattr(obj, "_name")``) of any object but ita-xl's own, named in ALLOWED. Checked on the
source, so a new private use fails here.
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


# Private-looking names that are not a dependency's internals, each where it is used:
# lxml documents ``etree._Element`` as its element class (type hints); ``os._exit`` is the
# standard library's documented exit without clean-up; ``Header._named`` is ita-xl's own
# (master/locate.py's cache of a header's named columns).
ALLOWED = {
    ("*", "etree._Element"),
    ("__main__.py", "os._exit"),
    ("master/locate.py", "header._named"),
}
_ATTRIBUTE_FUNCTIONS = ("getattr", "hasattr", "setattr", "delattr")


def _private_uses(tree: ast.AST):
    """(line, text) of every ``x._name`` whose ``x`` is not ``self``/``cls``, and every
    ``getattr(x, "_name")`` (or has/set/delattr) — on whatever object: the check is on the
    source, so anything not allowed by name in ALLOWED counts. (A name computed at run time is
    not seen; ita-xl's getattr calls with computed names read its own or the stdlib's.)"""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") \
                and not (node.attr.startswith("__") and node.attr.endswith("__")):
            if not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                yield node.lineno, ast.unparse(node)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in _ATTRIBUTE_FUNCTIONS and len(node.args) > 1:
            name = node.args[1]
            if isinstance(name, ast.Constant) and isinstance(name.value, str) \
                    and name.value.startswith("_") and not name.value.startswith("__"):
                yield node.lineno, ast.unparse(node)


def _allowed(where: str, text: str) -> bool:
    return ("*", text) in ALLOWED or (where, text) in ALLOWED


def test_no_object_of_a_dependency_is_reached_into_outside_compat():
    """``run._r``, ``table._tbl``, ``getattr(rels, "_add_relationship")``…: a dependency's
    private attribute is read only in ita_xl/compat, behind its version gate."""
    found = []
    for path, tree in _modules(PACKAGE):
        where = path.relative_to(PACKAGE).as_posix()
        if "compat" in path.parts:
            continue
        found += [(where, line, text) for line, text in _private_uses(tree)
                  if not _allowed(where, text)]
    assert found == []


def test_every_allowed_name_is_still_used():
    """An allowance whose use has gone is removed, so it cannot hide a later private use."""
    used = {(path.relative_to(PACKAGE).as_posix(), text)
            for path, tree in _modules(PACKAGE) for _line, text in _private_uses(tree)}
    for where, text in ALLOWED:
        assert any(text == t and where in ("*", w) for w, t in used), (where, text)


def test_the_attribute_check_catches_private_uses():
    source = ("def style_run(run):\n"
              "    run._r.get_or_add_rPr()\n"
              "    add = getattr(source.rels, '_add_relationship', None)\n"
              "    id_list._add_sldId(id=1, rId='rId2')\n"
              "    hasattr(part, '_element')\n"
              "    getattr(table, name)\n"
              "    setattr(row, '_tr', tr)\n"
              "    self._cache, cls._made, etree._Element, obj.__class__\n")
    found = [(line, text) for line, text in _private_uses(ast.parse(source))
             if not _allowed("briefing/layout.py", text)]
    assert sorted(found) == [
        (2, "run._r"), (3, "getattr(source.rels, '_add_relationship', None)"),
        (4, "id_list._add_sldId"), (5, "hasattr(part, '_element')"), (7, "setattr(row, '_tr', tr)"),
    ]
    # an own-class allowance holds only where it is: header._named elsewhere is caught
    assert not _allowed("report/memo.py", "header._named")
    assert not _allowed("briefing/layout.py", "os._exit")


def _private_overrides(tree: ast.AST):
    """(line, "Class._name") of every private method (or lazyproperty) defined in a class that
    derives from a dependency's class: overriding a private hook such as python-pptx's
    ``_workbook_writer`` is a private use too."""
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module \
                and node.module.split(".")[0] in DEPENDENCIES:
            imported |= {a.asname or a.name for a in node.names}
        elif isinstance(node, ast.Import):
            imported |= {(a.asname or a.name).split(".")[0] for a in node.names
                         if a.name.split(".")[0] in DEPENDENCIES}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        roots = []
        for base in node.bases:
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name):
                roots.append(base.id)
        if any(r in imported for r in roots):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                        and item.name.startswith("_") \
                        and not (item.name.startswith("__") and item.name.endswith("__")):
                    yield item.lineno, f"{node.name}.{item.name}"


def test_no_private_hook_of_a_dependency_is_overridden_outside_compat():
    found = [(path.relative_to(PACKAGE).as_posix(), line, name)
             for path, tree in _modules(PACKAGE) if "compat" not in path.parts
             for line, name in _private_overrides(tree)]
    assert found == []


def test_the_override_check_catches_the_old_chart_data_hook():
    source = ("from pptx.chart.data import CategoryChartData\n"
              "import pptx.chart.xlsx\n"
              "class _ChartData(CategoryChartData):\n"
              "    def __init__(self): pass\n"
              "    @lazyproperty\n"
              "    def _workbook_writer(self): pass\n"
              "class _Writer(pptx.chart.xlsx.CategoryWorkbookWriter):\n"
              "    def _open_worksheet(self, f): pass\n"
              "class Own:\n"
              "    def _helper(self): pass\n")
    assert [n for _l, n in _private_overrides(ast.parse(source))] == [
        "_ChartData._workbook_writer", "_Writer._open_worksheet"]


def test_the_check_finds_a_private_use():
    tree = ast.parse("from openpyxl.worksheet._read_only import ReadOnlyWorksheet\n"
                     "from zipfile import _EndRecData\n")
    assert [m for _, m in _private_imports(tree)] == ["openpyxl.worksheet._read_only", "zipfile"]
