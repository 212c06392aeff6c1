"""Checking and cleaning one field of an incoming record; a bad value raises FieldError."""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta, timezone

from desktop.core.catalog import Privacy
from desktop.core.geo import location_problem
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sla import WIB

# Column sizes of the reports table; a longer value is refused rather than cut, so nothing
# a citizen wrote is silently lost.
MAX_EXTERNAL_ID = 120
MAX_TITLE = 200
MAX_ADDRESS = 300
# The Open311 limit for a description; longer text is refused with its length.
MAX_DESCRIPTION = 4000
MAX_SHORT = 200

MISSING = QT_TRANSLATE_NOOP("intake", "the required field {field} is missing or empty")
NOT_TEXT = QT_TRANSLATE_NOOP("intake", "{field} must be text, not {kind}")
BAD_ENCODING = QT_TRANSLATE_NOOP(
    "intake", "{field} is not valid UTF-8 text (is the file in another encoding?)")
TOO_LONG = QT_TRANSLATE_NOOP("intake", "{field} has {length} characters; at most {limit} are allowed")
NOT_ISO_DATE = QT_TRANSLATE_NOOP(
    "intake", "{field} {value!r} is not an ISO 8601 date and time (e.g. 2026-05-01T08:30:00+07:00)")
DATE_OUT_OF_RANGE = QT_TRANSLATE_NOOP("intake", "{field} {value} is not between 1970 and tomorrow")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("intake", "{field} {value!r} is not a number")
COORDINATES_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "intake", "coordinates {lat}, {lon} are out of range (latitude -90…90, longitude -180…180)")
UNKNOWN_PRIVACY = QT_TRANSLATE_NOOP(
    "intake", "privacy {value!r} is not one of public, confidential, anonymous")


class FieldError(ValueError):
    """A field cannot be used; ``template`` (context "intake") and ``params`` say why."""

    def __init__(self, template: str, **params):
        self.template = template
        self.params = {key: str(value) for key, value in params.items()}
        super().__init__(template.format(**self.params))


# C0 controls other than tab and line breaks: PostgreSQL refuses NUL and none of them is text.
_CONTROLS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
# Lone surrogates: undecodable bytes (surrogateescape) or a broken JSON escape.
_SURROGATES = r"\ud800-\udfff"
_CONTROL = re.compile(f"[{_CONTROLS}]")
_SURROGATE = re.compile(f"[{_SURROGATES}]")
# One search for either, so clean text (nearly all of it) is scanned once.
_SUSPECT = re.compile(f"[{_CONTROLS}{_SURROGATES}]")


def text(raw, name: str, limit: int, required: bool = False) -> str:
    """A clean string ('' when absent unless ``required``)."""
    if isinstance(raw, str):
        value = raw
    elif raw is None:
        value = ""
    elif isinstance(raw, (int, float)) and not isinstance(raw, bool):
        value = repr(raw) if isinstance(raw, float) else str(raw)
    else:
        raise FieldError(NOT_TEXT, field=name, kind=type(raw).__name__)
    if _SUSPECT.search(value):
        if _SURROGATE.search(value):
            raise FieldError(BAD_ENCODING, field=name)
        value = _CONTROL.sub("", value)
    value = value.strip()
    if required and not value:
        raise FieldError(MISSING, field=name)
    if len(value) > limit:
        raise FieldError(TOO_LONG, field=name, length=len(value), limit=limit)
    return value


# ISO 8601 calendar date, optionally a time and a zone. Python's parser alone would also
# take forms nobody exports, so the shape is checked first.
_ISO = re.compile(
    r"\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|z|[+-]\d{2}(?::?\d{2})?)?)?")
_EARLIEST = datetime(1970, 1, 1, tzinfo=timezone.utc)


def when(raw, name: str, now: datetime, required: bool = True) -> datetime | None:
    """An aware UTC datetime; a time without a zone is Jakarta time (WIB)."""
    value = text(raw, name, 64, required=required)
    if not value:
        return None
    if not _ISO.fullmatch(value):
        raise FieldError(NOT_ISO_DATE, field=name, value=value)
    try:
        parsed = datetime.fromisoformat(value.replace(",", ".").replace("z", "Z"))
    except ValueError:
        raise FieldError(NOT_ISO_DATE, field=name, value=value) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=WIB)
    try:
        parsed = parsed.astimezone(timezone.utc)
    except OverflowError:
        raise FieldError(DATE_OUT_OF_RANGE, field=name, value=value) from None
    if not (_EARLIEST <= parsed <= now + timedelta(days=1)):
        raise FieldError(DATE_OUT_OF_RANGE, field=name, value=value)
    return parsed


def _number(raw, name: str) -> float | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    value = math.nan
    if isinstance(raw, (int, float, str)) and not isinstance(raw, bool):
        try:
            value = float(raw.strip().replace(",", ".") if isinstance(raw, str) else raw)
        except (ValueError, OverflowError):
            pass
    if not math.isfinite(value):
        raise FieldError(NOT_A_NUMBER, field=name, value=str(raw)[:40])
    return value


def coordinates(lat_raw, lon_raw) -> tuple[float | None, float | None, str | None]:
    """(lat, lon, location problem). Impossible coordinates are refused; a usable report
    whose point is missing or outside Jakarta is kept and flagged, as the inbox expects."""
    lat, lon = _number(lat_raw, "lat"), _number(lon_raw, "long")
    problem = location_problem(lat, lon)
    if problem == "out_of_range":
        raise FieldError(COORDINATES_OUT_OF_RANGE, lat=lat, lon=lon)
    if problem == "missing":
        return None, None, problem
    return lat, lon, problem


_PRIVACY_WORDS = {
    "public": Privacy.PUBLIC, "publik": Privacy.PUBLIC,
    "confidential": Privacy.CONFIDENTIAL, "rahasia": Privacy.CONFIDENTIAL,
    "anonymous": Privacy.ANONYMOUS, "anonim": Privacy.ANONYMOUS,
}


def privacy(raw) -> str | None:
    value = text(raw, "privacy", 40).lower()
    if not value:
        return None
    if value not in _PRIVACY_WORDS:
        raise FieldError(UNKNOWN_PRIVACY, value=value)
    return _PRIVACY_WORDS[value].value
