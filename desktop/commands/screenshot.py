"""``jaklapor-desk screenshot``: render a screen of the real window offscreen to a PNG."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.arguments import size


def register(commands) -> None:
    from desktop.ui.screenshot_views import VIEWS

    shot = commands.add_parser("screenshot", help="render a screen offscreen to a PNG")
    shot.add_argument("--demo", action="store_true", help="use the embedded demo database (the default)")
    shot.add_argument("--url", help="database URL instead of the embedded demo")
    shot.add_argument("--view", required=True, choices=sorted(VIEWS))
    shot.add_argument("--out", required=True, type=Path)
    shot.add_argument("--lang", choices=("id", "en"), default="id")
    shot.add_argument("--size", type=size, default=(1600, 1000), help="window size, e.g. 1600x1000")
    shot.add_argument("--user", help="demo account to log in as (default: the view's usual role)")
    shot.set_defaults(handler=_run)


def _run(args) -> int:
    from desktop.ui.screenshot import take_screenshot

    take_screenshot(args.url, args.view, args.out, args.lang, args.size, args.user)
    print(f"wrote {args.out}")
    return 0
