"""``jaklapor-desk privacy …``: reporter-identity retention for installers."""

from __future__ import annotations

from desktop.commands import CliError
from desktop.commands.arguments import count


def register(commands) -> None:
    privacy = commands.add_parser("privacy", help="reporter identity retention")
    actions = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    purge = actions.add_parser("purge", help="erase the identities of reports closed more than DAYS ago (audited)")
    purge.add_argument("--url", required=True)
    purge.add_argument("--days", type=count, default=None, help="retention period in days (default 365)")
    purge.set_defaults(handler=_purge)


def _purge(args) -> int:
    from desktop.services.database import DatabaseError, open_database
    from desktop.services.privacy import DEFAULT_RETENTION_DAYS, purge_closed

    days = DEFAULT_RETENTION_DAYS if args.days is None else args.days
    try:
        db = open_database(args.url)
    except DatabaseError as exc:
        raise CliError(str(exc)) from None
    try:
        purged = purge_closed(db, days)
    finally:
        db.dispose()
    print(f"purged the identities of {purged} reports closed more than {days} days ago")
    return 0
