"""``jaklapor-desk import …`` and ``jaklapor-desk export …``: files in and out of other systems."""

from __future__ import annotations

import argparse
from datetime import datetime, time
from pathlib import Path

from desktop.commands import CliError

# Rejections printed on the terminal; --report FILE keeps them all.
SHOWN_REJECTIONS = 20


def register(commands) -> None:
    imp = commands.add_parser("import", help="import reports from an Open311 or CSV file")
    imp.add_argument("format", choices=("open311", "csv"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--channel", help="the channel the reports came through (default: open311; a CSV "
                                       "mapping's own channel)")
    imp.add_argument("--mapping", help="saved CSV column mapping to read the file with")
    _common(imp)
    imp.add_argument("--report", type=Path, help="also write the full import report to this file")
    imp.add_argument("--key-file", type=Path, help="identity key file for sealing reporter identities "
                                                   "(default: this installation's key)")
    imp.set_defaults(handler=_import)

    exp = commands.add_parser("export", help="export the filtered reports as Open311, GeoJSON or CSV")
    exp.add_argument("format", choices=("open311", "geojson", "csv"))
    exp.add_argument("--out", type=Path, required=True, help="file to write")
    exp.add_argument("--format", dest="syntax", choices=("json", "xml"),
                     help="Open311 syntax (default json)")
    _common(exp)
    filters = exp.add_argument_group("filters (as in the inbox; a list is comma-separated)")
    filters.add_argument("--status", type=_list, default=())
    filters.add_argument("--category", type=_list, default=())
    filters.add_argument("--channel", type=_list, default=())
    filters.add_argument("--agency", type=_list, default=(), help="lead agency codes")
    filters.add_argument("--privacy", type=_list, default=())
    filters.add_argument("--city")
    filters.add_argument("--kecamatan")
    filters.add_argument("--kelurahan")
    filters.add_argument("--from", dest="received_from", type=_day, help="received on or after this day (YYYY-MM-DD)")
    filters.add_argument("--to", dest="received_to", type=_day, help="received before this day (YYYY-MM-DD)")
    filters.add_argument("--deadline", choices=("overdue", "due_soon"))
    filters.add_argument("--emergency", action="store_true", help="emergencies only")
    filters.add_argument("--text", default="", help="search text")
    exp.set_defaults(handler=_export)


def _common(parser) -> None:
    # SUPPRESS keeps a --url given before the sub-command.
    parser.add_argument("--url", default=argparse.SUPPRESS,
                        help="database URL (default: the embedded database)")
    parser.add_argument("--user", help="account to record the action under (default: the console user)")


def _list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _day(text: str) -> datetime:
    from desktop.core.sla import WIB

    try:
        return datetime.combine(datetime.strptime(text, "%Y-%m-%d").date(), time(0), WIB)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day like 2026-05-01") from None


def _open(args):
    from desktop.services.database import DatabaseError, open_database
    from desktop.services.embedded import open_embedded
    from desktop.services.intake import IntakeError, command_line_user

    try:
        url = getattr(args, "url", None)
        db = open_embedded() if url is None else open_database(url)
        return db, command_line_user(db, args.user)
    except (DatabaseError, IntakeError) as exc:
        raise CliError(str(exc)) from None


def _import(args) -> int:
    from desktop.core.identity_crypto import KeyFileError
    from desktop.services.access import AccessDenied
    from desktop.services.embedded import identity_key
    from desktop.services.intake import IntakeError, import_file

    db, user = _open(args)
    try:
        summary = import_file(db, user, args.file, fmt=args.format, channel=args.channel,
                              mapping_name=args.mapping, key=identity_key(args.key_file))
        if args.report:
            args.report.write_text(summary.report_text() + "\n", encoding="utf-8")
    except (IntakeError, AccessDenied, KeyFileError) as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot write the report: {exc.strerror or exc}") from None
    finally:
        db.dispose()
    print(summary.report_text(limit=SHOWN_REJECTIONS))
    if summary.rejected > SHOWN_REJECTIONS and not args.report:
        print("(add --report FILE to keep every rejection)")
    nothing_read = summary.imported + summary.updated + summary.unchanged == 0
    return 1 if nothing_read and summary.rejected else 0


def _export(args) -> int:
    from desktop.services.access import AccessDenied
    from desktop.services.dto import ReportQuery
    from desktop.services.export import ExportError, export_reports
    from desktop.services.files import FolderMissing

    if args.syntax and args.format != "open311":
        raise CliError("--format json|xml applies to open311 exports only")
    fmt = f"open311-{args.syntax or 'json'}" if args.format == "open311" else args.format
    query = ReportQuery(
        statuses=args.status, categories=args.category, channels=args.channel, agencies=args.agency,
        privacy=args.privacy, city=args.city, kecamatan=args.kecamatan, kelurahan=args.kelurahan,
        received_from=args.received_from, received_to=args.received_to, deadline=args.deadline,
        emergency_only=args.emergency, text=args.text)
    db, user = _open(args)
    try:
        summary = export_reports(db, user, query, fmt, args.out)
    except (ExportError, FolderMissing, AccessDenied) as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    finally:
        db.dispose()
    print(f"exported {summary.count} reports to {summary.path} ({fmt})")
    return 0
