"""The one atomic file writer: a file is either its old self or wholly new, never half written.

Every output goes through :func:`write_atomic`: records JSON (``python -m extract -o``), graph
exports, the extraction cache and the yardstick's figures. It lives on the ground floor so
that each of those rooms uses the same rules for modes and temporary files.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux).

    ``os.umask`` can only be read by setting it, which for a moment changes it for every
    thread (the app serves each session from a thread), so /proc is asked first.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, data: bytes | str, *, fsync: bool = False) -> None:
    """Write ``data`` (text is written as UTF-8) to ``path`` through a temporary file and a rename.

    The file gets the mode a plain ``open(path, "w")`` would give it: an existing file keeps
    its mode, a new one gets 0666 minus the umask (``mkstemp`` alone would make every output
    private, 0600, and turn a shared 0644 file into 0600 on the next write). ``fsync`` flushes
    the data to disk before the rename, for files that must survive a crash (the cache). On
    any failure the temporary file is removed and the error raised.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "a.json"
    >>> write_atomic(out, "{}"); out.read_text(), [p.name for p in out.parent.iterdir()]
    ('{}', ['a.json'])
    """
    path = Path(path).resolve()  # through a symlink to its target, as open() writes
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0o666 & ~current_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            os.fchmod(fh.fileno(), mode)
            if fsync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
