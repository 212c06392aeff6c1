"""Writing an export or a review file so that no half-written file is ever seen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desktop.core.dispatching import RefusalError
from desktop.core.i18n import QT_TRANSLATE_NOOP

NO_FOLDER = QT_TRANSLATE_NOOP("files", "The folder {folder} does not exist; create it or choose another place.")


T = TypeVar("T")


class FolderMissing(RefusalError):
    """The file was to go into a folder that does not exist; ``refusal`` names it."""

    context = "files"


def save_atomically(out: Path, write: Callable[[Path], T]) -> T:
    """Have ``write`` fill a file beside ``out`` and rename it into place, so no half file is ever seen.

    Returns what ``write`` returns (a count of pages or rows, say).
    """
    out = Path(out)
    if not out.parent.is_dir():
        raise FolderMissing.refuse(NO_FOLDER, folder=str(out.parent))
    handle, partial = tempfile.mkstemp(prefix=".partial-", suffix=out.suffix, dir=out.parent)
    os.close(handle)
    try:
        result = write(Path(partial))
        os.replace(partial, out)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return result
