"""The map page built with folium: at first use in a checkout, once at packaging time for the packaged app."""

from __future__ import annotations

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from desktop.core.clustering import MAX_ZOOM, MIN_ZOOM
from desktop.map.page import CSP, JAKARTA_CENTRE, ORIGIN, QWEBCHANNEL_PATH, START_ZOOM, asset_url


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


def render_page() -> str:
    m = _OfflineMap(location=JAKARTA_CENTRE, zoom_start=START_ZOOM, tiles=None, control_scale=True,
                    min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM)
    root = m.get_root()
    root.header.add_child(Element(f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'),
                          name="csp", index=0)
    root.html.add_child(Element('<div id="jl-notice" class="jl-notice"></div>'
                                '<div id="jl-flash" class="jl-flash"></div>'), name="notices")
    m.add_child(_Start())
    return root.render()
