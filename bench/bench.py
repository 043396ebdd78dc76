"""Benchmark ita-xl against floors measured in the same run; prints figures, asserts nothing.

Figures (median of --repeat runs, each a fresh process; wall and CPU seconds, CPU being user +
system of the command, which another process's load on a shared machine does not stretch):
  validate on the example       vs  python -c "import openpyxl"
  run on the example            vs  the I/O floor (start Python, import openpyxl, XlsxWriter,
                                    python-pptx and Click, load+save the master with openpyxl,
                                    save an empty deck)
  run on the "10x" master       vs  run on the example: the master issue 4 calls "ten times
                                    larger": six years of scores and 600 measures (the example
                                    has 12 measures; its workbook file grows about 2x, its rows
                                    and text far more); bench/make_large.py writes each year's
                                    rating as its framework gives it, so the master validates and
                                    run builds every output
  run on a 120-measure master   vs  run on the example: an extra figure between the two, no goal
  report / progress (example)   vs  validate on the example (what the Word document adds)
  report / progress (10x, 120)  vs  the same command on the example
  peak memory of run (MiB)
  ita-xl --help                 (seconds)
  run with the gated fast paths (ita_xl/compat) vs each dependency's public path, and all public
  Thai typesetting inside run and progress: time in segmentation (thai_breaks: PyThaiNLP import, dictionary,
                                newmm, break marks) and in measuring (typography: widths, wraps),
                                each exclusive, vs the rest of the same run
Goals (from the issues): run <= 1.5x floor; 10x data <= 2x time (issue 4: run, report and
progress on the six-year, 600-measure master; the 120-measure rows have no goal);
peak <= 120 MiB; --help <= 0.15 s;
a gated fast path that saves under 10 % of run goes (its public path stays).

Everything runs as users get it: in a virtual environment (bench/.venv, made on first use) holding
ita-xl installed with pip and only its own dependencies, so bytecode is compiled as after any
install and no stray package of this machine (numpy, say, which openpyxl imports when present) is
loaded. --here uses the current interpreter and source tree instead (quick, less faithful).
Usage: python bench/bench.py [--repeat 5] [--here] [--only compat|typeset]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).parent
REPO = HERE.parent
EXAMPLE = REPO / "workbooks" / "example-master.xlsx"
sys.path.insert(0, str(HERE))

FLOOR = """
import sys, openpyxl, xlsxwriter, pptx, click
wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[2])
pptx.Presentation().save(sys.argv[3])
"""
# Runs the CLI in-process and reports this process's peak resident memory (Linux/macOS). The
# command ends its process with os._exit (ita_xl/__main__.py), so the figure is printed on the
# way out, from that call.
WITH_PEAK = """
import os, resource, runpy, sys
_end = os._exit
def report_then_end(code):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("PEAK_KIB", peak if sys.platform != "darwin" else peak // 1024, file=sys.stderr)
    sys.stderr.flush()
    _end(code)
os._exit = report_then_end
sys.argv = ["ita-xl"] + sys.argv[1:]
runpy.run_module("ita_xl", run_name="__main__")
"""

# Runs the CLI in-process with thai_breaks' and typography's public functions timed (exclusive
# time: segmentation called from a wrap counts as segmentation). They are wrapped before any other
# ita_xl module imports them by name, so every writer's calls are seen. Printed on the way out,
# from the command's os._exit.
TYPESET_PROBE = """
import os, runpy, sys, time
import ita_xl.thai_breaks as tb, ita_xl.typography as ty
spent = {"segment": 0.0, "measure": 0.0}
stack = []
def timed(kind, fn):
    def wrapper(*args, **kwargs):
        if stack and stack[-1][0] == kind:
            return fn(*args, **kwargs)
        stack.append([kind, 0.0])
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            _kind, inner = stack.pop()
            took = time.perf_counter() - start
            spent[kind] += took - inner
            if stack:
                stack[-1][1] += took
    return wrapper
for name in ("words", "units", "mark", "is_word", "plain"):
    setattr(tb, name, timed("segment", getattr(tb, name)))
for name in ("em_width", "text_width", "wrap", "line_count", "fits", "column_units",
             "row_height"):
    setattr(ty, name, timed("measure", getattr(ty, name)))
_end = os._exit
def report_then_end(code):
    total = time.perf_counter() - start
    print("TYPESET", total, spent["segment"], spent["measure"], file=sys.stderr)
    sys.stderr.flush()
    _end(code)
os._exit = report_then_end
sys.argv = ["ita-xl"] + sys.argv[1:]
start = time.perf_counter()
runpy.run_module("ita_xl", run_name="__main__")
"""


ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "ITA_XL_COMPAT")}
# ITA_XL_COMPAT settings compared (ita_xl/compat/__init__.py): the gate as users get it, then
# each dependency's public path alone, then every public path.
COMPAT_VARIANTS = [("fast paths (default)", ""), ("public: python-pptx", "public:pptx"),
                   ("all public", "public")]


def venv_python(here: bool) -> str:
    """The interpreter to measure with: bench/.venv with this checkout freshly pip-installed."""
    if here:
        return sys.executable
    venv = HERE / ".venv"
    py = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", str(REPO)], check=True)
    else:
        subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall",
                        str(REPO)], check=True)
    return str(py)


class Sample(NamedTuple):
    """Median wall seconds and median CPU seconds (user + system of the child) of a command."""
    wall: float
    cpu: float


def timed(cmd, repeat: int) -> Sample:
    """Wall and CPU time of ``cmd``. CPU time shows the work done even when the machine is
    shared (another process's load stretches wall time, not this process's CPU time)."""
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=ENV)  # warm-up: bytecode and file cache, as on any second run
    walls, cpus = [], []
    for _ in range(repeat):
        before = os.times()
        start = time.perf_counter()
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=ENV)
        walls.append(time.perf_counter() - start)
        after = os.times()
        cpus.append(after.children_user + after.children_system
                    - before.children_user - before.children_system)
    return Sample(statistics.median(walls), statistics.median(cpus))


def timed_variants(cmd, settings, repeat: int):
    """Median wall and CPU seconds of ``cmd`` under each ITA_XL_COMPAT setting, the runs
    interleaved (one of each per round) so a change in the machine's load hits every variant
    alike. CPU time (user + system of the child) shows the work saved even on a busy machine;
    wall time also shows what a second thread saves."""
    envs = [dict(ENV, ITA_XL_COMPAT=value) if value else ENV for value in settings]
    for env in envs:  # warm-up
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=env)
    walls = [[] for _ in envs]
    cpus = [[] for _ in envs]
    for _ in range(repeat):
        for env, wall, cpu in zip(envs, walls, cpus):
            before = os.times()
            start = time.perf_counter()
            subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=env)
            wall.append(time.perf_counter() - start)
            after = os.times()
            cpu.append(after.children_user + after.children_system
                       - before.children_user - before.children_system)
    return [(statistics.median(w), statistics.median(c)) for w, c in zip(walls, cpus)]


def compat_table(py: str, masters, out: Path, repeat: int) -> None:
    """Run time with the gated fast paths against each public path (ratios to the fast run)."""
    columns = [timed_variants([py, "-m", "ita_xl", "run", str(path), "--out", str(out)],
                              [value for _n, value in COMPAT_VARIANTS], repeat)
               for _name, path in masters]
    print("gated fast paths (ita_xl/compat): run with each dependency's public path instead;")
    print("seconds (ratio to the fast paths) wall | CPU")
    print(f"{'ITA_XL_COMPAT':22}" + "".join(f" {name:>36}" for name, _p in masters))
    for row, (label, _value) in enumerate(COMPAT_VARIANTS):
        cells = ""
        for col in columns:
            (wall, cpu), (wall0, cpu0) = col[row], col[0]
            cells += f"   {wall:6.3f} ({wall / wall0:4.2f}x) | {cpu:6.3f} ({cpu / cpu0:4.2f}x)"
        print(f"{label:22}{cells}")
    print("  a fast path stays only if its public path costs over 1.10x the fast run")


def typeset_cost(py: str, args, repeat: int):
    """Median (run, segmentation, measuring) seconds inside the CLI process (imports of ita_xl
    and its dependencies before the run are outside all three)."""
    samples = []
    for _ in range(repeat + 1):  # the first is a warm-up
        proc = subprocess.run([py, "-c", TYPESET_PROBE, *args], capture_output=True, text=True,
                              env=ENV)
        line = next((l for l in proc.stderr.splitlines() if l.startswith("TYPESET")), "")
        if line:
            samples.append(tuple(float(v) for v in line.split()[1:]))
    samples = samples[1:] or samples
    if not samples:
        return float("nan"), float("nan"), float("nan")
    return tuple(statistics.median(s[i] for s in samples) for i in range(3))


def typeset_table(py: str, masters, out: Path, repeat: int) -> None:
    print("Thai typesetting inside run and progress (seconds; share of the command; command / "
          "command without them)")
    commands = [(command, name, path) for command in ("run", "progress") for name, path in masters]
    for command, name, path in commands:
        extra = ["--allow-errors", "--as-of", AS_OF[name]] if command == "progress" else []
        total, segment, measure = typeset_cost(
            py, [command, str(path), *extra, "--out", str(out)], repeat)
        rest = total - segment - measure
        print(f"  {command} ({name}): {total:.3f} s = segmentation {segment:.3f} "
              f"({segment / total:.0%}) + measuring {measure:.3f} ({measure / total:.0%}) + "
              f"the rest {rest:.3f}; ratio {total / rest:.2f}")


# six months into each master's plan year (example: 2570, the larger masters: 2569)
AS_OF = {"example": "2027-04-01", "10x": "2026-04-01", "120": "2026-04-01"}
# measures in each larger master (the example has 12): "10x" is issue 4's "ten times larger"
# master (six years, 600 measures), the one its goal is measured on; "120" is an extra row
SIZES = {"10x": 600, "120": 120}


def label(command: str, key: str) -> str:
    """Row name of ``command`` on the larger master ``key``."""
    if key == "10x":
        return f"{command} (10x: {SIZES[key]} measures)"
    return f"{command} ({SIZES[key]} measures, no goal)"


def document_rows(py: str, example: Path, larger, out: Path, validate: Sample, repeat: int):
    """`report` and `progress` (the .docx documents; progress also writes the follow-up sheet
    back) on the example against validate, and on each larger master against the example.
    --allow-errors: a timing must not stop at a finding."""
    rows = []
    for name in ("report", "progress"):
        def cmd(master: Path, key: str):
            extra = ["--as-of", AS_OF[key]] if name == "progress" else []
            return [py, "-m", "ita_xl", name, str(master), "--allow-errors", "--out", str(out),
                    *extra]
        small = timed(cmd(example, "example"), repeat)
        rows.append((f"{name} (example)", small, "validate (example)", validate))
        for key, master in larger.items():
            rows.append((label(name, key), timed(cmd(master, key), repeat),
                         f"{name} (example)", small))
    return rows


def peak_mib(py: str, args) -> float:
    proc = subprocess.run([py, "-c", WITH_PEAK, *args], capture_output=True, text=True, env=ENV)
    for line in proc.stderr.splitlines():
        if line.startswith("PEAK_KIB"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--here", action="store_true",
                        help="measure the current interpreter and source tree, not bench/.venv")
    parser.add_argument("--only", choices=["compat", "typeset"], default=None,
                        help="only the gated fast paths against their public paths, or only "
                             "what Thai segmentation and measuring cost")
    args = parser.parse_args()
    from make_large import build

    py = venv_python(args.here)
    cwd = os.getcwd()
    os.chdir(HERE if not args.here else REPO)  # not the checkout: the venv's install is measured
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        example = tmp / "example" / "master.xlsx"
        example.parent.mkdir()
        shutil.copy(EXAMPLE, example)
        larger = {}
        for key, measures in SIZES.items():
            (tmp / key).mkdir()
            larger[key] = build(tmp / key / "master.xlsx", measures=measures)
        large = larger["10x"]
        out = tmp / "out"
        if args.only == "compat":
            compat_table(py, [("example", example), ("10x", large)], out, args.repeat)
            os.chdir(cwd)
            return
        if args.only == "typeset":
            typeset_table(py, [("example", example), ("10x", large)], out, args.repeat)
            os.chdir(cwd)
            return
        rows = []
        import_floor = timed([py, "-c", "import openpyxl"], args.repeat)
        validate = timed([py, "-m", "ita_xl", "validate", str(example)], args.repeat)
        rows.append(("validate (example)", validate, "python -c 'import openpyxl'", import_floor))
        io_floor = timed([py, "-c", FLOOR, str(example), str(tmp / "floor.xlsx"),
                          str(tmp / "floor.pptx")], args.repeat)
        run_cmd = [py, "-m", "ita_xl", "run", str(example), "--out", str(out)]
        run = timed(run_cmd, args.repeat)
        rows.append(("run (example)", run, "I/O floor", io_floor))
        for key, master in larger.items():
            rows.append((label("run", key),
                         timed([py, "-m", "ita_xl", "run", str(master), "--out", str(out)],
                               args.repeat), "run (example)", run))
        rows.extend(document_rows(py, example, larger, out, validate, args.repeat))
        helptime = timed([py, "-m", "ita_xl", "--help"], args.repeat)
        bare = timed([py, "-c", "pass"], args.repeat)
        peak = peak_mib(py, ["run", str(example), "--out", str(out)])
        peak_large = peak_mib(py, ["run", str(large), "--out", str(out)])
        compat_table(py, [("example", example), ("10x", large)], out, args.repeat)
        typeset_table(py, [("example", example), ("10x", large)], out, args.repeat)
    os.chdir(cwd)

    print("seconds: wall | CPU (user + system); ratio: wall | CPU")
    print(f"{'measure':34} {'seconds':>13}   {'baseline':30} {'seconds':>13} {'ratio':>11}")
    for name, t, base_name, base in rows + [("ita-xl --help", helptime, "python -c pass", bare)]:
        print(f"{name:34} {t.wall:6.3f}|{t.cpu:6.3f}   {base_name:30} {base.wall:6.3f}|"
              f"{base.cpu:6.3f} {t.wall / base.wall:5.2f}|{t.cpu / max(base.cpu, 1e-3):5.2f}")
    print(f"peak memory, run (example): {peak:.1f} MiB; run (10x, 600 measures): "
          f"{peak_large:.1f} MiB")
    print("goals: run <= 1.5x I/O floor; 10x data <= 2x (run, report, progress: the 10x rows, "
          "600 measures; the 120-measure rows have no goal); peak <= 120 MiB; --help <= 0.15 s")
    print(f"interpreter: {py}")


if __name__ == "__main__":
    main()
