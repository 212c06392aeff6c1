"""The command line: launching the app and the installers' administration commands."""

from __future__ import annotations

import argparse
import getpass
import secrets
import sys
from pathlib import Path

from desktop import __version__

PROG = "jaklapor-desk"


class CliError(Exception):
    """A command failed in a way the user can fix; printed as one line."""


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is negative; give 0 or more")
    return value


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1600x1000") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"{text!r} is out of range (320x240 to 8000x8000)")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="JakLapor Desk: the command centre's back office for citizen reports.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--demo", action="store_true", help="use the embedded database with demo data (the default when no --url is given)")
    parser.add_argument("--url", help="central database URL, e.g. postgresql://user@host/jaklapor")
    parser.add_argument("--lang", choices=("id", "en"), help="interface language (default: the saved choice, else Indonesian)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="create, migrate and fill databases (installers)")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_commands.add_parser("upgrade", help="create or migrate the schema to this version")
    upgrade.add_argument("--url", required=True, help="database URL (postgresql://… or sqlite:///file)")
    seed = db_commands.add_parser("seed", help="fill an empty database with the demo city")
    seed.add_argument("--url", required=True)
    seed.add_argument("--reports", type=_count, required=True, help="number of demo reports")
    seed.add_argument("--seed", type=_count, default=2026, help="random seed; the same seed gives the same data")
    seed.add_argument("--key-file", type=Path, help="identity key file (created if missing; default: this user's key)")
    add_user = db_commands.add_parser("add-user", help="create a user account")
    add_user.add_argument("--url", required=True)
    add_user.add_argument("--username", required=True)
    add_user.add_argument("--role", required=True, help="officer, supervisor, agency_staff, auditor or admin")
    add_user.add_argument("--agency", help="agency code, for agency_staff")
    add_user.add_argument("--display-name")
    add_user.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    agencies = db_commands.add_parser("agencies", help="list agency codes")
    agencies.add_argument("--url", required=True)

    shot = commands.add_parser("screenshot", help="render a screen offscreen to a PNG")
    shot.add_argument("--demo", action="store_true", help="use the embedded demo database")
    shot.add_argument("--url", help="database URL instead of the embedded demo")
    shot.add_argument("--view", required=True, choices=("inbox", "detail"))
    shot.add_argument("--out", required=True, type=Path)
    shot.add_argument("--lang", choices=("id", "en"), default="id")
    shot.add_argument("--size", type=_size, default=(1600, 1000), help="window size, e.g. 1600x1000")
    shot.add_argument("--user", default="petugas1", help="demo account to log in as")

    bench = commands.add_parser("bench", help="measure speed and memory")
    bench_commands = bench.add_subparsers(dest="bench_command", metavar="WHAT", required=True)
    startup = bench_commands.add_parser("startup", help="process start to the first page of reports on screen")
    startup.add_argument("--reports", type=_count, default=100_000)
    startup.add_argument("--runs", type=_count, default=7)
    startup.add_argument("--json", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "db":
            return _db(args)
        if args.command == "screenshot":
            from desktop.ui.screenshot import take_screenshot

            take_screenshot(args.url, args.view, args.out, args.lang, args.size, args.user)
            print(f"wrote {args.out}")
            return 0
        if args.command == "bench":
            from desktop.bench import run_bench

            return run_bench(args)
        from desktop.app import run_app

        return run_app(url=args.url, lang=args.lang)
    except CliError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def _db(args) -> int:
    from desktop.core.identity_crypto import KeyFileError
    from desktop.services.database import DatabaseError, open_database, upgrade_database
    from desktop.services.seed import SeedError
    from desktop.services.users import UserError

    try:
        if args.db_command == "upgrade":
            db = upgrade_database(args.url)
            print(f"database {db.label} is at the current schema")
        elif args.db_command == "seed":
            return _seed(args, open_database(args.url))
        elif args.db_command == "add-user":
            return _add_user(args, open_database(args.url))
        elif args.db_command == "agencies":
            from desktop.services.directory import list_agencies

            for agency in list_agencies(open_database(args.url)):
                print(f"{agency.code:24} {agency.name}{'' if agency.active else '  (disabled)'}")
        return 0
    except (DatabaseError, SeedError, UserError, KeyFileError) as exc:
        raise CliError(str(exc)) from None


def _seed(args, db) -> int:
    import time

    from desktop.services.embedded import identity_key
    from desktop.services.seed import seed_database

    key = identity_key(args.key_file)
    started = time.perf_counter()
    summary = seed_database(db, args.reports, args.seed, key)
    elapsed = time.perf_counter() - started
    print(f"seeded {summary.reports} reports ({summary.events} status events, {summary.photos} photos, "
          f"{summary.identities} sealed identities, {summary.users} demo accounts) in {elapsed:.1f} s")
    return 0


def _add_user(args, db) -> int:
    from desktop.services.users import add_user

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
        generated = False
    elif sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Repeat password: "):
            raise CliError("the two passwords differ; nothing was changed")
        generated = False
    else:
        password = secrets.token_urlsafe(12)
        generated = True
    user = add_user(db, args.username, args.role, password, args.display_name, args.agency)
    print(f"created {user.username} ({user.role.value}{', ' + user.agency_code if user.agency_code else ''})")
    if generated:
        print(f"temporary password: {password}")
    return 0
