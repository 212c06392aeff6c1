"""``jaklapor-desk audit …``: check that the audit log was not altered."""

from __future__ import annotations

from desktop.commands import CliError


def register(commands) -> None:
    audit = commands.add_parser("audit", help="check the audit log")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check the hash chain; names the first broken entry")
    verify.add_argument("--url", required=True, help="database URL (a superuser's or an auditor's account)")
    verify.add_argument("--head", metavar="HASH",
                        help="a chain head printed by an earlier verify; it must still be in the log")
    verify.set_defaults(handler=_verify)


def _verify(args) -> int:
    from sqlalchemy.exc import DBAPIError

    from desktop.services.audit import verify
    from desktop.services.database import DatabaseError, open_database

    try:
        db = open_database(args.url)
    except DatabaseError as exc:
        raise CliError(str(exc)) from None
    try:
        result = verify(db, args.head)
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise CliError(f"cannot read the audit log: {reason}; use an auditor's or a superuser's account") from None
    finally:
        db.dispose()
    print(result.summary())
    return 0 if result.ok else 1
