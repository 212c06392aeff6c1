"""The command line: launching the app and the installers' administration commands."""

from __future__ import annotations

import argparse
import importlib
import sys

from desktop import __version__
from desktop.commands import CliError

PROG = "jaklapor-desk"
# Each module adds its sub-command with register(subparsers).
COMMAND_MODULES = (
    "desktop.commands.db",
    "desktop.commands.screenshot",
    "desktop.commands.bench",
    "desktop.commands.basemap",
    "desktop.commands.intake",
    "desktop.commands.calendar",
    "desktop.commands.audit",
    "desktop.commands.privacy",
    "desktop.commands.sync",
    "desktop.commands.report",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="JakLapor Desk: the command centre's back office for citizen reports.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="use the embedded database with demo data, without the first-run wizard")
    parser.add_argument("--url", help="central database URL, e.g. postgresql://user@host/jaklapor")
    parser.add_argument("--lang", choices=("id", "en"), help="interface language (default: the saved choice, else Indonesian)")
    parser.add_argument("--self-check", action="store_true",
                        help="check this installation (Qt, compiled modules, WebEngine, map, database, "
                             "key file, folders) and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if getattr(args, "handler", None) is not None:
            return args.handler(args)
        if args.self_check:
            from desktop.selfcheck import run_self_check

            return run_self_check(url=args.url, demo=args.demo)
        from desktop.app import run_app

        return run_app(url=args.url, lang=args.lang, demo=args.demo)
    except CliError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
