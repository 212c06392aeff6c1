"""What the parsers hand back: records ready to import and reasons for the ones refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.identity_crypto import Identity

WHERE_FILE = QT_TRANSLATE_NOOP("intake", "file")
WHERE_FILE_LINE = QT_TRANSLATE_NOOP("intake", "file (line {line})")
WHERE_RECORD = QT_TRANSLATE_NOOP("intake", "record {number}")
WHERE_RECORD_LINE = QT_TRANSLATE_NOOP("intake", "record {number} (line {line})")


@dataclass(frozen=True, slots=True)
class IntakeRecord:
    """One citizen report read from a file, validated and cleaned."""

    number: int
    line: int | None
    external_id: str
    title: str
    description: str
    address: str
    received_at: datetime
    lat: float | None = None
    lon: float | None = None
    location_problem: str | None = "missing"
    # Our category code when the source names one; else the source's own words to guess from.
    category: str | None = None
    service_code: str | None = None
    service_name: str | None = None
    updated_at: datetime | None = None
    closed: bool = False
    status_notes: str | None = None
    privacy: str | None = None
    reporter: Identity | None = None


@dataclass(frozen=True, slots=True)
class ServiceRecord:
    """One entry of an Open311 service list: a kind of request another system offers."""

    number: int
    service_code: str
    service_name: str
    description: str = ""
    group: str = ""
    keywords: str = ""


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why one record (number 0: the whole file) could not be imported.

    ``template`` is marked for translation in context "intake"; ``params`` fill it.
    """

    number: int
    line: int | None
    template: str
    params: dict[str, str] = field(default_factory=dict)
    external_id: str | None = None

    @property
    def reason(self) -> str:
        return self.template.format(**self.params)

    def where_template(self) -> tuple[str, dict[str, str]]:
        if self.number == 0:
            return (WHERE_FILE, {}) if self.line is None else (WHERE_FILE_LINE, {"line": str(self.line)})
        if self.line is None:
            return WHERE_RECORD, {"number": str(self.number)}
        return WHERE_RECORD_LINE, {"number": str(self.number), "line": str(self.line)}

    def text(self, translate=lambda context, text: text) -> str:
        """'record 3 (line 4): reason' in the language ``translate`` gives."""
        where, params = self.where_template()
        located = translate("intake", where).format(**params)
        return f"{located}: {translate('intake', self.template).format(**self.params)}"


@dataclass(frozen=True)
class ParseResult:
    """Everything read from one file."""

    kind: str  # "requests" or "services"
    records: tuple[IntakeRecord, ...] = ()
    services: tuple[ServiceRecord, ...] = ()
    rejections: tuple[Rejection, ...] = ()
