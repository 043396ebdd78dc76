"""Running the real ``ita-xl`` command in a subprocess, as a user's console or a script would."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional

REPO = Path(__file__).resolve().parent.parent


def command() -> List[str]:
    """The installed ``ita-xl`` of this interpreter's environment (README's test command installs
    it); ``python -m ita_xl`` from this checkout when it is not installed."""
    script = Path(sys.executable).parent / ("ita-xl.exe" if os.name == "nt" else "ita-xl")
    if script.exists():
        return [str(script)]
    found = shutil.which("ita-xl")  # pip's scripts folder (README's test command installs it)
    if found:
        return [found]
    return [sys.executable, "-m", "ita_xl"]


def environment(encoding: str = "utf-8", **extra: str) -> Dict[str, str]:
    """The child's environment: its streams in ``encoding`` (as a Thai Windows console, cp874)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ITA_XL_TEST_")}
    env.update({"PYTHONIOENCODING": encoding, "PYTHONUTF8": "0", "LC_ALL": "C.UTF-8",
                "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))})
    env.update(extra)
    return env


class Ran:
    """A finished command: exit status and its raw stdout and stderr bytes."""

    def __init__(self, code: int, out: bytes, err: bytes) -> None:
        self.code, self.out, self.err = code, out, err

    def text(self, encoding: str) -> str:
        """stdout then stderr, decoded strictly: a byte the code page lacks fails the test."""
        return self.out.decode(encoding) + self.err.decode(encoding)


def run_to_files(args: List[str], folder: Path, encoding: str = "utf-8", cwd: Optional[Path] = None,
                 timeout: float = 300, **extra: str) -> Ran:
    """Run ``ita-xl args`` with stdout and stderr redirected to files (not a terminal, not a pipe)."""
    folder.mkdir(parents=True, exist_ok=True)
    out_path, err_path = folder / "stdout.txt", folder / "stderr.txt"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.run(command() + [str(a) for a in args], stdout=out, stderr=err,
                              cwd=cwd, env=environment(encoding, **extra), timeout=timeout)
    return Ran(proc.returncode, out_path.read_bytes(), err_path.read_bytes())
