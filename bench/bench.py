"""Benchmark ita-xl against floors measured in the same run; prints figures, asserts nothing.

Figures (median of --repeat runs, each a fresh process):
  validate on the example       vs  python -c "import openpyxl"
  run on the example            vs  the I/O floor (start Python, import openpyxl, XlsxWriter,
                                    python-pptx and Click, load+save the master with openpyxl,
                                    save an empty deck)
  run on a master 10x larger    vs  run on the example (six years, 600 measures)
  peak memory of run (MiB)
  ita-xl --help                 (seconds)
Goals (from the issues): run <= 1.5x floor; 10x data <= 2x time; peak <= 120 MiB; --help <= 0.15 s.
Usage: python bench/bench.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
REPO = HERE.parent
EXAMPLE = REPO / "workbooks" / "example-master.xlsx"
sys.path.insert(0, str(HERE))

FLOOR = """
import sys, openpyxl, xlsxwriter, pptx, click
wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[2])
pptx.Presentation().save(sys.argv[3])
"""
# Runs the CLI in-process and reports this process's peak resident memory (Linux/macOS).
WITH_PEAK = """
import resource, runpy, sys
sys.argv = ["ita-xl"] + sys.argv[1:]
try:
    runpy.run_module("ita_xl", run_name="__main__")
except SystemExit:
    pass
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("PEAK_KIB", peak if sys.platform != "darwin" else peak // 1024, file=sys.stderr)
"""


def timed(cmd, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def peak_mib(args) -> float:
    proc = subprocess.run([sys.executable, "-c", WITH_PEAK, *args], capture_output=True, text=True)
    for line in proc.stderr.splitlines():
        if line.startswith("PEAK_KIB"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from make_large import build

    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        example = tmp / "example" / "master.xlsx"
        example.parent.mkdir()
        shutil.copy(EXAMPLE, example)
        (tmp / "large").mkdir()
        large = build(tmp / "large" / "master.xlsx")
        out = tmp / "out"
        rows = []
        import_floor = timed([py, "-c", "import openpyxl"], args.repeat)
        validate = timed([py, "-m", "ita_xl", "validate", str(example)], args.repeat)
        rows.append(("validate (example)", validate, "python -c 'import openpyxl'", import_floor))
        io_floor = timed([py, "-c", FLOOR, str(example), str(tmp / "floor.xlsx"),
                          str(tmp / "floor.pptx")], args.repeat)
        run_cmd = [py, "-m", "ita_xl", "run", str(example), "--out", str(out)]
        run = timed(run_cmd, args.repeat)
        rows.append(("run (example)", run, "I/O floor", io_floor))
        run_large = timed([py, "-m", "ita_xl", "run", str(large), "--out", str(out)], args.repeat)
        rows.append(("run (10x: 6 years, 600 measures)", run_large, "run (example)", run))
        helptime = timed([py, "-m", "ita_xl", "--help"], args.repeat)
        bare = timed([py, "-c", "pass"], args.repeat)
        peak = peak_mib(["run", str(example), "--out", str(out)])
        peak_large = peak_mib(["run", str(large), "--out", str(out)])

    print(f"{'measure':38} {'seconds':>8}   {'baseline':32} {'seconds':>8} {'ratio':>6}")
    for name, t, base_name, base in rows:
        print(f"{name:38} {t:8.3f}   {base_name:32} {base:8.3f} {t / base:6.2f}")
    print(f"{'ita-xl --help':38} {helptime:8.3f}   {'python -c pass':32} {bare:8.3f} "
          f"{helptime / bare:6.2f}")
    print(f"peak memory, run (example): {peak:.1f} MiB; run (10x): {peak_large:.1f} MiB")
    print("goals: run <= 1.5x I/O floor; 10x data <= 2x; peak <= 120 MiB; --help <= 0.15 s")


if __name__ == "__main__":
    main()
