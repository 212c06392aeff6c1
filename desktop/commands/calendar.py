"""``jaklapor-desk calendar …``: check or install a newer holiday calendar (installers)."""

from __future__ import annotations

from pathlib import Path

from desktop.commands import CliError


def register(commands) -> None:
    calendar = commands.add_parser("calendar", help="check or install the public-holiday calendar deadlines use")
    actions = calendar.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="check a holiday file without installing it")
    check.add_argument("file", type=Path)
    check.set_defaults(handler=_check)
    install = actions.add_parser("install", help="check a holiday file and make it the calendar in use")
    install.add_argument("file", type=Path)
    install.add_argument("--url", help="also move the deadlines of open reports in this database")
    install.set_defaults(handler=_install)


def _load(path: Path):
    from desktop.core.sla import CalendarError, load_holidays

    try:
        return load_holidays(str(path))
    except CalendarError as exc:
        raise CliError(f"{path}: {exc}; nothing was installed") from None


def _check(args) -> int:
    calendar = _load(args.file)
    years = sorted({day.year for day in calendar.days_off})
    span = ", ".join(map(str, years)) or "no year"
    print(f"{args.file}: {len(calendar.days_off)} days off in {span}; the file is usable")
    return 0


def _install(args) -> int:
    from desktop.services.calendar import install_calendar, override_path, recompute_deadlines
    from desktop.services.database import DatabaseError, open_database

    _load(args.file)
    db = None
    if args.url:
        try:
            db = open_database(args.url)
        except DatabaseError as exc:
            raise CliError(f"{exc}; nothing was installed") from None
    calendar = install_calendar(args.file)
    print(f"installed {args.file} as {override_path()}")
    if db is not None:
        moved = recompute_deadlines(db, calendar)
        db.dispose()
        print(f"moved the deadlines of {moved} open reports in {db.label}")
    return 0
