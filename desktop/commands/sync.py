"""``jaklapor-desk sync --once --central URL --user U``: one sync round without the GUI.

Pushes the workstation's queued actions for ``U`` and pulls the central database's changes
into the encrypted cache, as the app does in the background; prints what it did.
"""

from __future__ import annotations

import getpass
import sys

from desktop.commands import CliError


def register(commands) -> None:
    parser = commands.add_parser("sync", help="synchronise this workstation's cache with the central database")
    parser.add_argument("--once", action="store_true", required=True, help="one round: push, then pull (required)")
    parser.add_argument("--central", required=True, metavar="URL", help="the central database, postgresql://host/db")
    parser.add_argument("--user", required=True, metavar="U", help="whose cache to synchronise")
    parser.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    parser.add_argument("--check", action="store_true", help="also compare counts and checksums with the server")
    parser.add_argument("--cache-dir", metavar="DIR", help="where caches live (default: the data directory)")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from pathlib import Path

    from desktop.sync.cache import CacheError, cache_paths, default_directory, open_cache
    from desktop.sync.keys import WrongPassword
    from desktop.sync.link import Link, LinkDown, LoginRefused
    from desktop.sync.replica import Replica

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password: ")
    try:
        link = Link(args.central, args.user, password)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    try:
        user = link.user
    except LinkDown as exc:
        link.close()
        raise CliError(f"{exc} ({link.label})") from None
    except LoginRefused as exc:
        link.close()
        raise CliError(str(exc)) from None
    directory = Path(args.cache_dir) if args.cache_dir else default_directory()
    path, key = cache_paths(directory, link.label, args.user)
    try:
        cache = open_cache(path, key, args.user, password, online=True)
    except (CacheError, WrongPassword) as exc:
        link.close()
        raise CliError(str(exc)) from None
    replica = Replica(cache, link, user)
    try:
        result = replica.sync_once(check=args.check)
    except (LinkDown, LoginRefused) as exc:
        raise CliError(f"the sync stopped: {exc}; the queue is kept for the next round") from None
    finally:
        pending, reports = cache.pending_count(), cache.report_count()
        replica.close()
    pulled = "full load" if result.pulled.full else f"{len(result.pulled.changed)} report(s) changed"
    print(f"pushed {result.pushed.sent} (applied {result.pushed.applied}, rejected {result.pushed.rejected}); "
          f"pulled: {pulled}; {reports} report(s) cached; {pending} action(s) waiting")
    return 0
