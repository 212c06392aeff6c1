"""``jaklapor-desk bench WHAT``: measure speed and memory; ``--json`` prints one object."""

from __future__ import annotations

import importlib

# Each benchmark module offers register(parser) and run(args) -> dict of figures.
BENCHES = {
    "startup": "desktop.bench.startup",
    "inbox": "desktop.bench.inbox",
    "board": "desktop.bench.board",
    "import": "desktop.bench.intake",
    "sync": "desktop.bench.sync",
    "supervisor": "desktop.bench.supervisor",
}


def register(commands) -> None:
    bench = commands.add_parser("bench", help="measure speed and memory")
    whats = bench.add_subparsers(dest="bench_command", metavar="WHAT", required=True)
    for name, module_name in BENCHES.items():
        module = importlib.import_module(module_name)
        parser = whats.add_parser(name, help=module.__doc__.splitlines()[0])
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        module.register(parser)
        parser.set_defaults(handler=_runner(module))


def _runner(module):
    def run(args) -> int:
        from desktop.bench.report import print_figures

        print_figures(module.run(args), args.json)
        return 0
    return run
