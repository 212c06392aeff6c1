"""The map page, built once with folium from local assets only and served by the app's scheme.

folium's own page would load Leaflet, jQuery and Bootstrap from CDNs; this one names only
files the scheme serves, and its Content-Security-Policy forbids anything else, so the
page cannot reach the network even if a script tried (tiles also come through the scheme).
"""

from __future__ import annotations

from functools import cache

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from desktop.core.clustering import MAX_ZOOM, MIN_ZOOM

ORIGIN = "jaklapor://app"
PAGE_PATH = "/map.html"
QWEBCHANNEL_PATH = "/qwebchannel.js"
JAKARTA_CENTRE = (-6.2, 106.83)
START_ZOOM = 11
CSP = ("default-src 'none'; script-src jaklapor: 'unsafe-inline'; style-src jaklapor: 'unsafe-inline'; "
       "img-src jaklapor: data:; font-src jaklapor: data:; connect-src jaklapor:")


def asset_url(folder: str, name: str) -> str:
    return f"{ORIGIN}/assets/{folder}/{name}"


class _OfflineMap(folium.Map):
    default_js = [
        ("leaflet", asset_url("leaflet", "leaflet.js")),
        ("markercluster", asset_url("markercluster", "leaflet.markercluster.js")),
        ("qwebchannel", ORIGIN + QWEBCHANNEL_PATH),
        ("jaklapor_map", asset_url("map", "map.js")),
    ]
    default_css = [
        ("leaflet_css", asset_url("leaflet", "leaflet.css")),
        ("markercluster_css", asset_url("markercluster", "MarkerCluster.css")),
        ("jaklapor_map_css", asset_url("map", "map.css")),
    ]


class _Start(MacroElement):
    """Hands folium's map object to map.js once it exists."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            jaklapor.start({{ this._parent.get_name() }});
        {% endmacro %}
    """)


@cache
def page_html() -> str:
    """The page's HTML; built on first use and kept for the life of the process."""
    m = _OfflineMap(location=JAKARTA_CENTRE, zoom_start=START_ZOOM, tiles=None, control_scale=True,
                    min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM)
    root = m.get_root()
    root.header.add_child(Element(f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'),
                          name="csp", index=0)
    root.html.add_child(Element('<div id="jl-notice" class="jl-notice"></div>'
                                '<div id="jl-flash" class="jl-flash"></div>'), name="notices")
    m.add_child(_Start())
    return root.render()
