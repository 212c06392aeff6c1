"""Open311 GeoReport v2: service requests and service lists, in JSON or XML."""

from __future__ import annotations

import json
from datetime import datetime
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.identity_crypto import Identity
from desktop.core.intake import fields
from desktop.core.intake.common import NOT_UTF16, decode, file_rejection, read_each, result
from desktop.core.intake.fields import FieldError
from desktop.core.intake.records import IntakeRecord, ParseResult, ServiceRecord

REQUESTS = "requests"
SERVICES = "services"

NOT_JSON = QT_TRANSLATE_NOOP("intake", "not valid JSON: {error} (column {column})")
NOT_XML = QT_TRANSLATE_NOOP("intake", "not valid XML: {error}")
UNSAFE_XML = QT_TRANSLATE_NOOP(
    "intake", "the XML uses a DTD or entities, which Open311 never needs; refused for safety")
TOO_DEEP = QT_TRANSLATE_NOOP("intake", "the JSON is nested too deeply to be an Open311 document")
NOT_A_LIST = QT_TRANSLATE_NOOP("intake", "expected a list of service requests or services, found {found}")
UNEXPECTED_ROOT = QT_TRANSLATE_NOOP(
    "intake", "expected <service_requests> or <services> as the XML root, found <{tag}>")
ERROR_RESPONSE = QT_TRANSLATE_NOOP("intake", "the file is an Open311 error response: {errors}")
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("intake", "a record must be an object with named fields, found {kind}")
UNEXPECTED_ELEMENT = QT_TRANSLATE_NOOP("intake", "unexpected element <{tag}> (expected <{expected}>)")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("intake", "status {value!r} is neither open nor closed")
BAD_FLAG = QT_TRANSLATE_NOOP("intake", "{field} {value!r} is neither true nor false")

# Personal fields a POSTed request may carry; a public GET never should. If they arrive,
# they are sealed as the reporter's identity and never stored in the open.
PERSONAL_FIELDS = ("first_name", "last_name", "email", "phone")


def parse(data: bytes, now: datetime, kind: str | None = None) -> ParseResult:
    """A file of either syntax; XML is told apart by its first character."""
    head = data[:512].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    if head.startswith(b"<"):
        return parse_xml(data, now, kind)
    return parse_json(data, now, kind)


# ---- JSON -------------------------------------------------------------------------------

def parse_json(data: bytes, now: datetime, kind: str | None = None) -> ParseResult:
    refused = kind or REQUESTS
    try:
        text = decode(data)
    except UnicodeDecodeError:
        return file_rejection(refused, NOT_UTF16)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        return file_rejection(refused, NOT_JSON, exc.lineno, error=exc.msg, column=exc.colno)
    except RecursionError:
        return file_rejection(refused, TOO_DEEP)
    items = _unwrap(document)
    if items is None:
        return file_rejection(refused, NOT_A_LIST, found=type(document).__name__)
    if _is_error_response(items):
        return file_rejection(refused, ERROR_RESPONSE, errors=_error_text(items))
    kind = kind or _detect(items)
    numbered = ((n, None, item) for n, item in enumerate(items, 1))
    return _read(kind, numbered)


def _unwrap(document) -> list | None:
    if isinstance(document, list):
        return document
    # Some servers wrap the list: {"service_requests": [...]} or {"services": [...]}.
    if isinstance(document, dict) and len(document) == 1:
        (value,) = document.values()
        if isinstance(value, list):
            return value
    return None


def _is_error_response(items: list) -> bool:
    return bool(items) and all(
        isinstance(i, dict) and "code" in i and "description" in i
        and "service_request_id" not in i and "service_code" not in i for i in items)


def _error_text(items: list) -> str:
    return "; ".join(f"{item.get('code')} {item.get('description')}" for item in items)[:300]


def _detect(items: list) -> str:
    first = next((i for i in items if isinstance(i, dict)), {})
    if "service_request_id" not in first and ("service_name" in first or "metadata" in first):
        return SERVICES
    return REQUESTS


def _read(kind: str, numbered) -> ParseResult:
    if kind == SERVICES:
        good, bad = read_each(numbered, service_record, "service_code")
    else:
        good, bad = read_each(numbered, request_record, "service_request_id")
    return result(kind, good, bad)


# ---- XML --------------------------------------------------------------------------------

class _LineBuilder(TreeBuilder):
    """A tree builder that remembers the line each element starts on."""

    def __init__(self):
        super().__init__()
        self.parser: DefusedXMLParser | None = None
        self.lines: dict[Element, int] = {}

    def start(self, tag, attrs):
        element = super().start(tag, attrs)
        self.lines[element] = self.parser.parser.CurrentLineNumber
        return element


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def xml_items(data: bytes) -> tuple[str, list[tuple[int, dict[str, str | None]]]]:
    """(root tag, [(line, {field: text or None})]) of an Open311 XML document.

    Raises ParseError or DefusedXmlException for a document that cannot be read.
    Also used to check exported XML against the JSON schemas.
    """
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True)
    builder.parser = parser
    parser.feed(data)
    root = parser.close()
    items = []
    for child in root:
        fields_of: dict[str, str | None] = {"__tag__": _local(child.tag)}
        for element in child:
            name = _local(element.tag)
            if name not in fields_of:
                value = "".join(element.itertext())
                fields_of[name] = value if value.strip() else None
        items.append((builder.lines.get(child), fields_of))
    return _local(root.tag), items


def parse_xml(data: bytes, now: datetime, kind: str | None = None) -> ParseResult:
    refused = kind or REQUESTS
    try:
        root, items = xml_items(data)
    except DefusedXmlException:
        return file_rejection(refused, UNSAFE_XML)
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        return file_rejection(refused, NOT_XML, line, error=str(exc).split(":")[0])
    except RecursionError:
        return file_rejection(refused, TOO_DEEP)
    if root == "errors":
        return file_rejection(refused, ERROR_RESPONSE, errors=_error_text([i for _, i in items]))
    if root in ("service_requests", "requests"):
        detected, expected = REQUESTS, "request"
    elif root == "services":
        detected, expected = SERVICES, "service"
    else:
        return file_rejection(refused, UNEXPECTED_ROOT, tag=root[:60])
    kind = kind or detected

    def numbered():
        for number, (line, item) in enumerate(items, 1):
            tag = item.pop("__tag__")
            if tag != expected:
                yield number, line, _Unexpected(tag, expected)
            else:
                yield number, line, item
    return _read(kind, numbered())


class _Unexpected:
    def __init__(self, tag: str, expected: str):
        self.tag, self.expected = tag, expected


# ---- records ----------------------------------------------------------------------------

def _fields(item) -> dict:
    if isinstance(item, _Unexpected):
        raise FieldError(UNEXPECTED_ELEMENT, tag=item.tag[:60], expected=item.expected)
    if not isinstance(item, dict):
        raise FieldError(NOT_AN_OBJECT, kind=type(item).__name__)
    return item


def request_record(item, number: int, line: int | None, now: datetime | None = None) -> IntakeRecord:
    item = _fields(item)
    now = now or datetime.now().astimezone()
    external_id = fields.text(item.get("service_request_id"), "service_request_id",
                              fields.MAX_EXTERNAL_ID, required=True)
    received = fields.when(item.get("requested_datetime"), "requested_datetime", now)
    updated = fields.when(item.get("updated_datetime"), "updated_datetime", now, required=False)
    status = fields.text(item.get("status"), "status", 20).lower() or "open"
    if status not in ("open", "closed"):
        raise FieldError(UNKNOWN_STATUS, value=status)
    service_code = fields.text(item.get("service_code"), "service_code", fields.MAX_EXTERNAL_ID)
    service_name = fields.text(item.get("service_name"), "service_name", fields.MAX_SHORT)
    if not service_code and not service_name:
        raise FieldError(fields.MISSING, field="service_code")
    description = fields.text(item.get("description"), "description", fields.MAX_DESCRIPTION)
    address = fields.text(item.get("address"), "address", fields.MAX_ADDRESS)
    zipcode = fields.text(item.get("zipcode"), "zipcode", 20)
    if zipcode and zipcode not in address:
        address = f"{address} {zipcode}".strip()
        if len(address) > fields.MAX_ADDRESS:
            raise FieldError(fields.TOO_LONG, field="address", length=len(address), limit=fields.MAX_ADDRESS)
    lat, lon, problem = fields.coordinates(item.get("lat"), item.get("long"))
    notes = fields.text(item.get("status_notes"), "status_notes", fields.MAX_DESCRIPTION)
    personal = {name: fields.text(item.get(name), name, fields.MAX_SHORT) for name in PERSONAL_FIELDS}
    reporter = None
    if any(personal.values()):
        name = " ".join(part for part in (personal["first_name"], personal["last_name"]) if part)
        reporter = Identity(name=name or None, phone=personal["phone"] or None, email=personal["email"] or None)
    return IntakeRecord(
        number=number, line=line, external_id=external_id,
        title=title_for(service_name, description, service_code), description=description, address=address,
        received_at=received, lat=lat, lon=lon, location_problem=problem,
        service_code=service_code or None, service_name=service_name or None,
        updated_at=updated, closed=status == "closed", status_notes=notes or None, reporter=reporter)


def title_for(*candidates: str | None) -> str:
    """A short title: the first non-empty candidate's first line, cut at a word."""
    for candidate in candidates:
        if candidate:
            line = candidate.strip().splitlines()[0].strip()
            if len(line) <= 80:
                return line
            return line[:80].rsplit(" ", 1)[0].rstrip(" ,.;:") + "…"
    return ""


def service_record(item, number: int, line: int | None) -> ServiceRecord:
    item = _fields(item)
    flag = item.get("metadata")
    if isinstance(flag, str) and flag.strip().lower() not in ("true", "false", ""):
        raise FieldError(BAD_FLAG, field="metadata", value=flag[:20])
    return ServiceRecord(
        number=number,
        service_code=fields.text(item.get("service_code"), "service_code", fields.MAX_EXTERNAL_ID, required=True),
        service_name=fields.text(item.get("service_name"), "service_name", fields.MAX_SHORT, required=True),
        description=fields.text(item.get("description"), "description", fields.MAX_DESCRIPTION),
        group=fields.text(item.get("group"), "group", fields.MAX_SHORT),
        keywords=fields.text(item.get("keywords"), "keywords", 1000))
