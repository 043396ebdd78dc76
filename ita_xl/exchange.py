"""Swap two files in one step where the system can (Linux: ``renameat2`` with RENAME_EXCHANGE).

safewrite uses it to put the new master in place and get back, under another name, exactly the
file it displaced — so a save by another program in the last instant before the replace can be
seen (the displaced file is not what ita-xl read) and undone (swap back) instead of being lost.
At every instant each of the two paths holds a complete file: a kill or power loss mid-way
cannot leave the master path empty. Where no exchange exists (other systems, old kernels,
filesystems without it) :func:`exchange` says so and the caller falls back to ``os.replace``.
"""
from __future__ import annotations

import ctypes
import errno
import os
import sys
from pathlib import Path
from typing import Any, Optional

_AT_FDCWD = -100
_RENAME_EXCHANGE = 1 << 1
# The system or filesystem has no exchange (EPERM: a sandbox that forbids the call; a real
# permission problem shows again in the fallback's own error).
_UNSUPPORTED = {errno.EINVAL, errno.ENOSYS, errno.EPERM, getattr(errno, "EOPNOTSUPP", errno.EINVAL)}


def _load() -> Optional[Any]:
    if not sys.platform.startswith("linux"):
        return None
    try:
        func = ctypes.CDLL(None, use_errno=True).renameat2  # glibc 2.28+, musl 1.2.2+
    except (OSError, AttributeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    func.restype = ctypes.c_int
    return func


_RENAMEAT2 = _load()


def available() -> bool:
    """True when this system has an exchange call (a filesystem may still refuse it)."""
    return _RENAMEAT2 is not None


def exchange(a: Path, b: Path) -> bool:
    """Swap the files at ``a`` and ``b`` atomically; False (nothing changed) when the system or
    filesystem has no exchange. Other failures raise OSError."""
    if _RENAMEAT2 is None:
        return False
    if _RENAMEAT2(_AT_FDCWD, os.fsencode(str(a)), _AT_FDCWD, os.fsencode(str(b)),
                  _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in _UNSUPPORTED:
        return False
    raise OSError(err, os.strerror(err), str(b))
