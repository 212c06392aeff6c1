"""CSV exports of other channels (call centre logs, social-media desks), read through a
named column mapping: which column of the file holds which field of a report."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime

from desktop.core.catalog import CATEGORY_BY_CODE, Privacy
from desktop.core.dispatching import Refusal
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.identity_crypto import Identity
from desktop.core.intake import fields
from desktop.core.intake.categorize import DEFAULT_CATEGORY, known_category
from desktop.core.intake.common import NOT_UTF16, decode, file_rejection, read_each, result
from desktop.core.intake.open311 import REQUESTS, title_for
from desktop.core.intake.records import IntakeRecord, ParseResult, Rejection

# The fields a mapping can fill, in the order the mapping dialog lists them.
FIELDS: tuple[str, ...] = (
    "external_id", "received_at", "category", "title", "description", "address", "lat", "lon", "privacy",
    "reporter_name", "reporter_phone", "reporter_email", "reporter_nik",
)
REQUIRED: tuple[str, ...] = ("external_id", "received_at", "description")
FIELD_LABELS: dict[str, str] = {
    "external_id": QT_TRANSLATE_NOOP("intake", "Id in the source system"),
    "received_at": QT_TRANSLATE_NOOP("intake", "Received (ISO date and time)"),
    "category": QT_TRANSLATE_NOOP("intake", "Category"),
    "title": QT_TRANSLATE_NOOP("intake", "Title"),
    "description": QT_TRANSLATE_NOOP("intake", "Description"),
    "address": QT_TRANSLATE_NOOP("intake", "Address"),
    "lat": QT_TRANSLATE_NOOP("intake", "Latitude"),
    "lon": QT_TRANSLATE_NOOP("intake", "Longitude"),
    "privacy": QT_TRANSLATE_NOOP("intake", "Privacy (public, confidential, anonymous)"),
    "reporter_name": QT_TRANSLATE_NOOP("intake", "Reporter's name (sealed)"),
    "reporter_phone": QT_TRANSLATE_NOOP("intake", "Reporter's phone (sealed)"),
    "reporter_email": QT_TRANSLATE_NOOP("intake", "Reporter's e-mail (sealed)"),
    "reporter_nik": QT_TRANSLATE_NOOP("intake", "Reporter's NIK (sealed)"),
}

NO_HEADER = QT_TRANSLATE_NOOP("intake", "the file is empty: a CSV import needs a header row")
MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "intake", "the column {column!r} (for {field}) is not in the file; its columns are: {columns}")
UNMAPPED = QT_TRANSLATE_NOOP("intake", "the mapping does not say which column holds {field}")
BAD_DELIMITER = QT_TRANSLATE_NOOP("intake", "the delimiter must be one character")
UNKNOWN_DEFAULT_CATEGORY = QT_TRANSLATE_NOOP("intake", "unknown default category {category}")
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP("intake", "unknown text encoding {encoding!r}")
BAD_CSV = QT_TRANSLATE_NOOP("intake", "the row cannot be read as CSV: {error}")


@dataclass(frozen=True)
class ColumnMapping:
    """Which CSV column holds which report field; saved by name for the next file."""

    name: str = ""
    columns: dict[str, str] = field(default_factory=dict)
    delimiter: str = ","
    encoding: str = "utf-8"
    default_category: str = DEFAULT_CATEGORY
    default_privacy: str = Privacy.PUBLIC.value

    def to_json(self) -> str:
        data = asdict(self)
        del data["name"]
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, name: str, text: str) -> ColumnMapping:
        data = json.loads(text)
        columns = {k: v for k, v in dict(data.get("columns", {})).items() if k in FIELDS and v}
        return cls(name=name, columns=columns, delimiter=data.get("delimiter") or ",",
                   encoding=data.get("encoding") or "utf-8",
                   default_category=data.get("default_category") or DEFAULT_CATEGORY,
                   default_privacy=data.get("default_privacy") or Privacy.PUBLIC.value)

    def problems(self) -> list[Refusal]:
        """What makes this mapping unusable (empty when it is fine)."""
        out = [Refusal("intake", UNMAPPED, {"field": Refusal("intake", FIELD_LABELS[name])})
               for name in REQUIRED if not self.columns.get(name)]
        if len(self.delimiter) != 1:
            out.append(Refusal("intake", BAD_DELIMITER))
        if self.default_category not in CATEGORY_BY_CODE:
            out.append(Refusal("intake", UNKNOWN_DEFAULT_CATEGORY, {"category": self.default_category}))
        return out


def guess_mapping(headers: list[str], name: str = "") -> ColumnMapping:
    """A first guess the mapping dialog starts from: headers that name a field take it."""
    synonyms = {
        "external_id": ("external_id", "id", "ticket", "nomor", "no_tiket", "service_request_id"),
        "received_at": ("received_at", "received", "tanggal", "waktu", "date", "requested_datetime", "created"),
        "category": ("category", "kategori", "service_name", "service_code"),
        "title": ("title", "judul", "subject"),
        "description": ("description", "deskripsi", "isi", "keterangan", "laporan", "text"),
        "address": ("address", "alamat", "lokasi", "location"),
        "lat": ("lat", "latitude", "lintang"),
        "lon": ("lon", "long", "lng", "longitude", "bujur"),
        "privacy": ("privacy", "privasi"),
        "reporter_name": ("reporter_name", "nama", "nama_pelapor", "name"),
        "reporter_phone": ("reporter_phone", "telepon", "hp", "phone", "no_hp"),
        "reporter_email": ("reporter_email", "email", "surel"),
        "reporter_nik": ("reporter_nik", "nik"),
    }
    folded = {h.strip().casefold().replace(" ", "_"): h for h in headers}
    columns = {}
    for name_of_field, words in synonyms.items():
        for word in words:
            if word in folded:
                columns[name_of_field] = folded[word]
                break
    return ColumnMapping(name=name, columns=columns)


def read_header(data: bytes, mapping: ColumnMapping) -> list[str]:
    """The header row, for the mapping dialog; [] when the file has none."""
    try:
        text = decode(data[:65536], mapping.encoding)
        row = next(csv.reader(io.StringIO(text, newline=""), delimiter=mapping.delimiter), [])
    except (LookupError, UnicodeDecodeError, csv.Error):
        return []
    # Undecodable bytes show as "?" so the dialog never holds text Qt cannot take.
    return [h.strip().encode("utf-8", "replace").decode("utf-8") for h in row]


def parse_csv(data: bytes, mapping: ColumnMapping, now: datetime) -> ParseResult:
    try:
        text = decode(data, mapping.encoding)
    except LookupError:
        return file_rejection(REQUESTS, UNKNOWN_ENCODING, encoding=mapping.encoding)
    except UnicodeDecodeError:
        return file_rejection(REQUESTS, NOT_UTF16)
    for name in REQUIRED:
        if not mapping.columns.get(name):
            return file_rejection(REQUESTS, UNMAPPED, field=name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=mapping.delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        return file_rejection(REQUESTS, BAD_CSV, 1, error=str(exc))
    if not header:
        return file_rejection(REQUESTS, NO_HEADER)
    positions: dict[str, int] = {}
    stripped = [h.strip() for h in header]
    for name, column in mapping.columns.items():
        if column.strip() not in stripped:
            shown = ", ".join(repr(h) for h in stripped[:30])
            return file_rejection(REQUESTS, MISSING_COLUMN, 1, column=column, field=name, columns=shown)
        positions[name] = stripped.index(column.strip())

    rows: list[tuple[int, int, object]] = []
    broken: list[Rejection] = []
    number = 0
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            number += 1
            broken.append(Rejection(number, line, BAD_CSV, {"error": str(exc)}))
            continue
        if not row or all(not cell.strip() for cell in row):
            continue
        number += 1
        rows.append((number, line, {name: row[i] if i < len(row) else "" for name, i in positions.items()}))

    def read(values: dict, number: int, line: int) -> IntakeRecord:
        return _record(values, number, line, mapping, now)
    good, bad = read_each(rows, read, "external_id")
    return result(REQUESTS, good, sorted(broken + bad, key=lambda r: r.number))


def _record(values: dict[str, str], number: int, line: int, mapping: ColumnMapping, now: datetime) -> IntakeRecord:
    external_id = fields.text(values.get("external_id"), "external_id", fields.MAX_EXTERNAL_ID, required=True)
    received = fields.when(values.get("received_at"), "received_at", now)
    description = fields.text(values.get("description"), "description", fields.MAX_DESCRIPTION, required=True)
    category_text = fields.text(values.get("category"), "category", fields.MAX_SHORT)
    category = known_category(category_text)
    title = fields.text(values.get("title"), "title", fields.MAX_TITLE)
    address = fields.text(values.get("address"), "address", fields.MAX_ADDRESS)
    lat, lon, problem = fields.coordinates(values.get("lat"), values.get("lon"))
    privacy = fields.privacy(values.get("privacy")) or mapping.default_privacy
    identity = Identity(
        name=fields.text(values.get("reporter_name"), "reporter_name", fields.MAX_SHORT) or None,
        phone=fields.text(values.get("reporter_phone"), "reporter_phone", 40) or None,
        email=fields.text(values.get("reporter_email"), "reporter_email", fields.MAX_SHORT) or None,
        nik=fields.text(values.get("reporter_nik"), "reporter_nik", 40) or None,
    )
    has_identity = any((identity.name, identity.phone, identity.email, identity.nik))
    return IntakeRecord(
        number=number, line=line, external_id=external_id,
        title=title or title_for(category_text, description), description=description, address=address,
        received_at=received, lat=lat, lon=lon, location_problem=problem,
        category=category, service_name=None if category else category_text or None,
        privacy=privacy, reporter=identity if has_identity and privacy != Privacy.ANONYMOUS.value else None)
