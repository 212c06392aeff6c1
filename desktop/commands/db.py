"""``jaklapor-desk db …``: create, migrate and fill databases (installers)."""

from __future__ import annotations

import getpass
import secrets
import sys
import time
from pathlib import Path

from desktop.commands import CliError
from desktop.commands.arguments import count


def register(commands) -> None:
    db = commands.add_parser("db", help="create, migrate and fill databases (installers)")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = actions.add_parser("upgrade", help="create or migrate the schema to this version")
    upgrade.add_argument("--url", required=True, help="database URL (postgresql://… or sqlite:///file)")
    upgrade.set_defaults(handler=_upgrade)
    seed = actions.add_parser("seed", help="fill an empty database with the demo city")
    seed.add_argument("--url", required=True)
    seed.add_argument("--reports", type=count, required=True, help="number of demo reports")
    seed.add_argument("--seed", type=count, default=2026, help="random seed; the same seed gives the same data")
    seed.add_argument("--key-file", type=Path, help="identity key file (created if missing; default: this user's key)")
    seed.set_defaults(handler=_seed)
    add_user = actions.add_parser("add-user", help="create a user account")
    add_user.add_argument("--url", required=True)
    add_user.add_argument("--username", required=True)
    add_user.add_argument("--role", required=True, help="officer, supervisor, agency_staff, auditor or admin")
    add_user.add_argument("--agency", help="agency code, for agency_staff")
    add_user.add_argument("--display-name")
    add_user.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add_user.set_defaults(handler=_add_user)
    set_password = actions.add_parser("set-password", help="reset a user's password (and database login)")
    set_password.add_argument("--url", required=True)
    set_password.add_argument("--username", required=True)
    set_password.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    set_password.set_defaults(handler=_set_password)
    agencies = actions.add_parser("agencies", help="list agency codes")
    agencies.add_argument("--url", required=True)
    agencies.set_defaults(handler=_agencies)


def _guarded(action):
    """Turn the services' own errors into one line for the installer."""
    from desktop.core.identity_crypto import KeyFileError
    from desktop.services.database import DatabaseError
    from desktop.services.seed import SeedError
    from desktop.services.users import UserError

    try:
        return action()
    except (DatabaseError, SeedError, UserError, KeyFileError) as exc:
        raise CliError(str(exc)) from None


def _upgrade(args) -> int:
    from desktop.services.database import upgrade_database

    db = _guarded(lambda: upgrade_database(args.url))
    print(f"database {db.label} is at the current schema")
    return 0


def _seed(args) -> int:
    from desktop.services.database import open_database
    from desktop.services.embedded import identity_key
    from desktop.services.seed import seed_database

    def run():
        db = open_database(args.url)
        key = identity_key(args.key_file)
        started = time.perf_counter()
        summary = seed_database(db, args.reports, args.seed, key)
        return summary, time.perf_counter() - started

    summary, elapsed = _guarded(run)
    print(f"seeded {summary.reports} reports ({summary.events} status events, {summary.photos} photos, "
          f"{summary.identities} sealed identities, {summary.users} demo accounts) in {elapsed:.1f} s")
    return 0


def _read_password() -> tuple[str, bool]:
    if not sys.stdin.isatty():
        return secrets.token_urlsafe(12), True
    password = getpass.getpass("Password: ")
    if password != getpass.getpass("Repeat password: "):
        raise CliError("the two passwords differ; nothing was changed")
    return password, False


def _password(args) -> tuple[str, bool]:
    """From standard input, typed twice, or generated when there is no terminal; True if generated."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n"), False
    return _read_password()


def _add_user(args) -> int:
    from desktop.services.database import open_database
    from desktop.services.users import add_user

    password, generated = _password(args)
    user = _guarded(lambda: add_user(open_database(args.url), args.username, args.role, password,
                                     args.display_name, args.agency))
    print(f"created {user.username} ({user.role.value}{', ' + user.agency_code if user.agency_code else ''})")
    if generated:
        print(f"temporary password: {password}")
    return 0


def _set_password(args) -> int:
    from desktop.services.database import open_database
    from desktop.services.users import set_password

    password, generated = _password(args)
    _guarded(lambda: set_password(open_database(args.url), args.username, password))
    print(f"password of {args.username.strip()} reset")
    if generated:
        print(f"temporary password: {password}")
    return 0


def _agencies(args) -> int:
    from desktop.services.database import open_database
    from desktop.services.directory import list_agencies

    for agency in _guarded(lambda: list_agencies(open_database(args.url))):
        print(f"{agency.code:24} {agency.name}{'' if agency.active else '  (disabled)'}")
    return 0
