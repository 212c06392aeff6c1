"""``jaklapor-desk basemap``: show or set where the map's tiles come from (installers)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop.commands import CliError


def register(commands) -> None:
    parser = commands.add_parser(
        "basemap", help="show or set the map's tile server and offline MBTiles basemap",
        description="With no option, print the current settings. Tiles the app has shown are kept on disk "
                    "and used when the tile server cannot be reached.")
    server = parser.add_mutually_exclusive_group()
    server.add_argument("--tile-url", metavar="URL",
                        help="tile server, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    server.add_argument("--no-tile-server", action="store_true",
                        help="never contact a tile server (cached tiles and MBTiles only)")
    offline = parser.add_mutually_exclusive_group()
    offline.add_argument("--mbtiles", metavar="FILE", type=Path, help="raster MBTiles file to use as offline basemap")
    offline.add_argument("--no-mbtiles", action="store_true", help="stop using an MBTiles file")
    parser.set_defaults(handler=_run)


def _run(args) -> int:
    from desktop.map.basemap import BasemapError, cache_dir, check_tile_url, load_basemap, save_basemap
    from desktop.map.mbtiles import MBTiles, MBTilesError

    basemap = load_basemap()
    changed = basemap
    try:
        if args.tile_url is not None:
            changed = replace(changed, tile_url=check_tile_url(args.tile_url))
        if args.no_tile_server:
            changed = replace(changed, tile_url="")
        if args.mbtiles is not None:
            tiles = MBTiles(args.mbtiles)
            tiles.close()
            changed = replace(changed, mbtiles=str(args.mbtiles.resolve()))
        if args.no_mbtiles:
            changed = replace(changed, mbtiles="")
    except (BasemapError, MBTilesError) as exc:
        raise CliError(str(exc)) from None
    if changed != basemap:
        save_basemap(changed)
    print(f"tile server:  {changed.tile_url or '(none: cached tiles and MBTiles only)'}")
    print(f"MBTiles file: {changed.mbtiles or '(none)'}")
    if changed.tile_url:
        folder = cache_dir(changed.tile_url)
        tiles = sum(1 for _ in folder.rglob("*.tile")) if folder.is_dir() else 0
        print(f"tile cache:   {folder} ({tiles} tiles)")
    return 0
