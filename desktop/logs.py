"""The app's log: rotating files in the platform's log directory, with no personal data in them.

The log is for installers and support, who have no right to reporter identity: a record never
carries statement parameters (SQLAlchemy puts them in its error messages, and they can hold a
reporter's name or a reveal reason) nor a password from a database URL.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop import config

LOG_FILE = "jaklapor-desk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
# SQLAlchemy ends each of these sections with "]" at the end of a line; values may hold "]" too.
_PARAMETERS = re.compile(r"\[parameters: .*?\][ \t]*$", re.DOTALL | re.MULTILINE)
_SQL = re.compile(r"\[SQL: .*?\][ \t]*$", re.DOTALL | re.MULTILINE)
_URL_PASSWORD = re.compile(r"(://[^:/@\s]+:)[^@\s]+@")


def scrub(text: str) -> str:
    """``text`` without statement parameters, SQL text or URL passwords."""
    text = _PARAMETERS.sub("[parameters hidden]", text)
    text = _SQL.sub("[SQL hidden]", text)
    return _URL_PASSWORD.sub(r"\1***@", text)


class ScrubFilter(logging.Filter):
    """Rewrites each record's message (and traceback) through ``scrub`` before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the app's log records to a rotating file; returns the file's path."""
    path = (directory or config.log_dir()) / LOG_FILE
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    return path
