"""``jaklapor-desk report pdf|csv``: the supervisor's review of queues and effectiveness, as a file."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.commands import CliError


def register(commands) -> None:
    report = commands.add_parser("report", help="write the supervisor's review (queues and effectiveness) to a file")
    formats = report.add_subparsers(dest="report_format", metavar="FORMAT", required=True)
    for name, what in (("pdf", "a PDF report with a title page, charts and tables"),
                       ("csv", "the review's figures as CSV, one figure a row")):
        parser = formats.add_parser(name, help=what)
        parser.add_argument("--out", type=Path, required=True, help=f"the {name.upper()} file to write")
        parser.add_argument("--demo", action="store_true", help="use the embedded demo database (the default)")
        # SUPPRESS keeps a --url given before the sub-command.
        parser.add_argument("--url", default=argparse.SUPPRESS, help="database URL instead of the embedded one")
        parser.add_argument("--from", dest="first", help="first day of the period, YYYY-MM-DD (default: 30 days "
                                                         "before the last)")
        parser.add_argument("--to", dest="last", help="last day of the period, YYYY-MM-DD (default: today)")
        parser.add_argument("--agency", default="", help="only these lead agencies (comma-separated codes)")
        parser.add_argument("--category", default="", help="only these categories (comma-separated codes)")
        parser.add_argument("--lang", choices=("id", "en"), default="id")
        parser.add_argument("--user", help="supervisor account to record the export under (default: the console)")
        parser.set_defaults(handler=_run, report_kind=name)


def _run(args) -> int:
    from desktop.core.stats.period import PeriodError, period_from
    from desktop.services.access import AccessDenied
    from desktop.services.database import DatabaseError, open_database
    from desktop.services.dto import ReportQuery
    from desktop.services.embedded import open_embedded
    from desktop.services.intake import IntakeError
    from desktop.services.files import FolderMissing, save_atomically
    from desktop.services.reporting import record_export, write_csv
    from desktop.services.supervision import load_review

    try:
        period = period_from(args.first, args.last)
    except PeriodError as exc:
        raise CliError(str(exc)) from None
    if not args.out.parent.is_dir():
        raise CliError(f"the folder {args.out.parent} does not exist; create it or choose another place")
    query = ReportQuery(agencies=tuple(a.strip().upper() for a in args.agency.split(",") if a.strip()),
                        categories=tuple(c.strip().lower() for c in args.category.split(",") if c.strip()))
    url = getattr(args, "url", None)
    app = _application(args.lang)
    try:
        db = open_embedded() if url is None else open_database(url)
    except DatabaseError as exc:
        raise CliError(str(exc)) from None
    try:
        from desktop.services.reporting import report_user, review_document

        user = report_user(db, args.user)
        _check_codes(db, query)
        review = load_review(db, user, period, query)
        document = review_document(review, args.lang, _translator())
        record_export(db, user, args.report_kind, args.out, review)
        if args.report_kind == "pdf":
            from desktop.ui.supervisor.pdf import write_pdf

            pages = save_atomically(args.out, lambda path: write_pdf(document, path))
            print(f"wrote {args.out}: {pages} pages, {review.dashboard.reports} reports from "
                  f"{period.first} to {period.last}")
        else:
            def write(path: Path) -> None:
                with open(path, "wb") as stream:
                    write_csv(document, stream)
            save_atomically(args.out, write)
            print(f"wrote {args.out}: {review.dashboard.reports} reports from {period.first} to {period.last}")
    except (AccessDenied, IntakeError, FolderMissing) as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
        del app
    return 0


def _check_codes(db, query) -> None:
    from desktop.services.directory import list_agencies, list_categories

    unknown = set(query.agencies) - {a.code for a in list_agencies(db)}
    unknown |= set(query.categories) - {c.code for c in list_categories(db)}
    if unknown:
        raise CliError(f"unknown agency or category code: {', '.join(sorted(unknown))}; "
                       "'jaklapor-desk db agencies' lists the agencies")


def _application(lang: str):
    """A windowless Qt application: the charts are drawn by QtCharts, which needs one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import create_application
    from desktop.ui.i18n import install_language

    app = create_application()
    install_language(lang)
    return app


def _translator():
    from PySide6.QtCore import QCoreApplication

    return lambda text: QCoreApplication.translate("supervision", text)
