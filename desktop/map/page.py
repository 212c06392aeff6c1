"""The map page, built once with folium from local assets only and served by the app's scheme.

folium's own page would load Leaflet, jQuery and Bootstrap from CDNs; this one names only
files the scheme serves, and its Content-Security-Policy forbids anything else, so the
page cannot reach the network even if a script tried (tiles also come through the scheme).

The packaged app carries the page as it was built at packaging time (build.spec), and
leaves folium out, with the numpy it imports (42 MB of the folder).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

ORIGIN = "jaklapor://app"
PAGE_PATH = "/map.html"
QWEBCHANNEL_PATH = "/qwebchannel.js"
JAKARTA_CENTRE = (-6.2, 106.83)
START_ZOOM = 11
CSP = ("default-src 'none'; script-src jaklapor: 'unsafe-inline'; style-src jaklapor: 'unsafe-inline'; "
       "img-src jaklapor: data:; font-src jaklapor: data:; connect-src jaklapor:")
# Beside this module in the packaged app only.
BUILT_PAGE = Path(__file__).with_name("map.html")


def asset_url(folder: str, name: str) -> str:
    return f"{ORIGIN}/assets/{folder}/{name}"


@cache
def page_html() -> str:
    """The page's HTML; read or built on first use and kept for the life of the process."""
    if BUILT_PAGE.is_file():
        return BUILT_PAGE.read_text(encoding="utf-8")
    from desktop.map.page_build import render_page

    return render_page()
