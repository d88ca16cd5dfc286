"""Write a file so that readers see the old one or the whole new one, never half a file.

The new content goes to a temporary file in the same folder (so the final rename stays on one file
system), is flushed to disk, then renamed over the target with os.replace. Any exception, including a
cancellation, removes the temporary file and leaves the previous export where it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside *target*; on success it replaces *target*, on failure it is removed."""
    final = Path(target)
    folder = final.parent if str(final.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"The folder {folder} does not exist: choose an existing folder for the export.")
    handle, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        if final.exists():
            # Keep the owner's permissions of the file being replaced, never its group's or others': an
            # export holds children's data, readable by the user only (mkstemp creates files as 0600).
            with contextlib.suppress(OSError):
                os.chmod(temporary, final.stat().st_mode & 0o700)
        os.replace(temporary, final)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
