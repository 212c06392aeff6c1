"""What every parser shares: decoding bytes, turning field errors into rejections."""

from __future__ import annotations

from typing import Callable, Iterable

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.intake.fields import FieldError
from desktop.core.intake.records import IntakeRecord, ParseResult, Rejection, ServiceRecord

REPEATED_ID = QT_TRANSLATE_NOOP("intake", "{field} {value!r} appears again in this file (first as record {first})")
NOT_UTF16 = QT_TRANSLATE_NOOP("intake", "the file says it is UTF-16 but is not valid UTF-16")

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """Text of the file; bytes that do not decode survive as lone surrogates, so the one
    record holding them is refused while the rest of the file still imports.

    A UTF-16 file (it has a byte-order mark) must decode whole: UnicodeDecodeError otherwise.
    """
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16")
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8"):
        encoding = "utf-8-sig"
    return data.decode(encoding, errors="surrogateescape")


def read_each(items: Iterable[tuple[int, int | None, object]], read: Callable,
              id_field: str | None) -> tuple[list, list[Rejection]]:
    """Apply ``read(item, number, line)`` to each item; a FieldError becomes a rejection."""
    good, bad = [], []
    first_by_id: dict[str, int] = {}
    for number, line, item in items:
        try:
            record = read(item, number, line)
        except FieldError as exc:
            bad.append(Rejection(number, line, exc.template, exc.params, _id_of(item, id_field)))
            continue
        key = getattr(record, "external_id", None) or getattr(record, "service_code", None)
        if key in first_by_id:
            bad.append(Rejection(number, line, REPEATED_ID,
                                 {"field": id_field or "id", "value": key, "first": str(first_by_id[key])}, key))
            continue
        first_by_id[key] = number
        good.append(record)
    return good, bad


def _id_of(item, id_field: str | None) -> str | None:
    """The record's own id, for the import report, when it is plain enough to show."""
    if id_field is None or not isinstance(item, dict):
        return None
    value = item.get(id_field)
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        text = str(value).strip()
        if text and len(text) <= 120 and text.isprintable():
            return text
    return None


def result(kind: str, good: list, bad: list[Rejection]) -> ParseResult:
    if kind == "services":
        return ParseResult(kind, services=tuple(r for r in good if isinstance(r, ServiceRecord)), rejections=tuple(bad))
    return ParseResult(kind, records=tuple(r for r in good if isinstance(r, IntakeRecord)), rejections=tuple(bad))


def file_rejection(kind: str, template: str, line: int | None = None, **params) -> ParseResult:
    return ParseResult(kind, rejections=(Rejection(0, line, template, {k: str(v) for k, v in params.items()}),))
