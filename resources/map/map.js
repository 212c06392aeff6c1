/* The inbox map: draws what Python sends through the QWebChannel bridge and reports back
   clicks, hovers and viewport changes. It holds no report data of its own beyond the
   clusters and markers of the current viewport. */
(function () {
  "use strict";

  var TILE_URL = "jaklapor://app/tiles/{z}/{x}/{y}";
  var state = {
    ready: false, highlighted: null, highlightAt: null, center: null, zoom: null, clusters: 0, markers: 0,
    basemap: "unknown", updates: 0, notice: ""
  };
  var map = null;
  var bridge = null;
  var config = { statuses: [], colours: [], names: [], text: {} };
  var clusterLayer, markerLayer, highlightLayer, heatLayer, tiles, noticeBox, moveTimer = null;
  var markersById = {};
  var problem = "";
  var attribution = "";

  function text(key) {
    return config.text[key] || key;
  }

  function colour(index) {
    return config.colours[index] || "#757575";
  }

  function clusterSize(count) {
    return Math.round(Math.min(66, 30 + 8 * Math.log10(count)));
  }

  function statusRing(byStatus, count) {
    // The ring shows the mix of statuses; the disc wears the most urgent one.
    var stops = [], at = 0;
    for (var i = 0; i < byStatus.length; i += 2) {
      var next = at + 360 * byStatus[i + 1] / count;
      stops.push(colour(byStatus[i]) + " " + at.toFixed(1) + "deg " + next.toFixed(1) + "deg");
      at = next;
    }
    return "conic-gradient(" + stops.join(",") + ")";
  }

  function clusterIcon(count, statusIndex, alert, byStatus) {
    var size = clusterSize(count);
    var inner = size - 8;
    var label = count >= 10000 ? Math.round(count / 1000) + "k" : String(count);
    var dark = config.statuses[statusIndex] === "in_progress";
    return L.divIcon({
      className: "jl-cluster-icon",
      iconSize: [size, size],
      html: '<div class="jl-cluster' + (alert ? " jl-alert" : "") + '" style="background:' +
        statusRing(byStatus || [statusIndex, count], count) + ";width:" + size + "px;height:" + size + 'px">' +
        '<div class="jl-cluster-disc' + (dark ? " jl-dark" : "") + '" style="background:' + colour(statusIndex) +
        ";width:" + inner + "px;height:" + inner + "px;line-height:" + inner + 'px">' + label + "</div></div>"
    });
  }

  function clusterTooltip(byStatus, count) {
    var lines = [count + " " + text("reports")];
    for (var i = 0; i < byStatus.length; i += 2) {
      lines.push(config.names[byStatus[i]] + ": " + byStatus[i + 1]);
    }
    return lines.join("<br>");
  }

  function drawClusters(clusters) {
    clusterLayer.clearLayers();
    clusters.forEach(function (c) {
      // [lat, lon, count, statusIndex, awaiting, south, west, north, east, [statusIndex, n, ...]]
      var marker = L.marker([c[0], c[1]], { icon: clusterIcon(c[2], c[3], c[4] > 0, c[9]), keyboard: false });
      marker.bindTooltip(clusterTooltip(c[9], c[2]), { direction: "top", offset: [0, -12] });
      marker.on("click", function () {
        var bounds = L.latLngBounds([c[5], c[6]], [c[7], c[8]]);
        if (bridge) { bridge.cluster_clicked(c[5], c[6], c[7], c[8]); }
        map.fitBounds(bounds, { maxZoom: map.getZoom() + 3 });
      });
      clusterLayer.addLayer(marker);
    });
  }

  function reportMarker(m) {
    // [id, lat, lon, statusIndex, flags (1 emergency, 2 awaiting first action)]
    var marker;
    if (m[4] & 2) {
      marker = L.marker([m[1], m[2]], {
        icon: L.divIcon({
          className: "jl-pulse-icon", iconSize: [22, 22],
          html: '<div class="jl-pulse" style="background:' + colour(m[3]) + '"></div>'
        })
      });
    } else {
      marker = L.circleMarker([m[1], m[2]], {
        radius: 7, color: (m[4] & 1) ? "#b71c1c" : "#ffffff", weight: (m[4] & 1) ? 3 : 2,
        fillColor: colour(m[3]), fillOpacity: 0.95
      });
    }
    marker.reportId = m[0];
    marker.bindTooltip(config.names[m[3]] + ((m[4] & 1) ? " · " + text("emergency") : ""), { direction: "top" });
    marker.on("click", function () { if (bridge) { bridge.marker_clicked(m[0]); } });
    marker.on("mouseover", function () { if (bridge) { bridge.marker_hovered(m[0]); } });
    marker.on("mouseout", function () { if (bridge) { bridge.marker_hovered(""); } });
    return marker;
  }

  function smallClusterIcon(group) {
    var children = group.getAllChildMarkers();
    var counts = {}, best = null, alert = false;
    children.forEach(function (child) {
      var index = child.statusIndex;
      counts[index] = (counts[index] || 0) + 1;
      alert = alert || child.awaiting;
      if (best === null || config.urgency[index] < config.urgency[best]) { best = index; }
    });
    var byStatus = [];
    Object.keys(counts).map(Number).sort(function (a, b) { return config.urgency[a] - config.urgency[b]; })
      .forEach(function (index) { byStatus.push(index, counts[index]); });
    return clusterIcon(children.length, best, alert, byStatus);
  }

  function drawMarkers(markers) {
    markerLayer.clearLayers();
    markersById = {};
    var layers = markers.map(function (m) {
      var marker = reportMarker(m);
      marker.statusIndex = m[3];
      marker.awaiting = (m[4] & 2) !== 0;
      markersById[m[0]] = marker;
      return marker;
    });
    markerLayer.addLayers(layers);
  }

  function showFeatures(payload) {
    var data = JSON.parse(payload);
    drawClusters(data.clusters);
    drawMarkers(data.markers);
    state.clusters = data.clusters.length;
    state.markers = data.markers.length;
    state.updates += 1;
    if (bridge) { bridge.features_drawn(state.clusters, state.markers); }
  }

  function highlight(payload) {
    var data = JSON.parse(payload);
    highlightLayer.clearLayers();
    state.highlighted = data.id || null;
    state.highlightAt = null;
    if (!data.id) { return; }
    if (data.lat === null || data.lon === null) {
      flash(text("noLocation"));
      return;
    }
    var ring = L.circleMarker([data.lat, data.lon], {
      radius: 17, color: "#212121", weight: 3, fill: false, interactive: false, className: "jl-highlight"
    });
    highlightLayer.addLayer(ring);
    state.highlightAt = [data.lat, data.lon];
    map.panTo([data.lat, data.lon], { animate: false });
  }

  function flash(message) {
    var box = document.getElementById("jl-flash");
    box.textContent = message;
    box.style.display = "block";
    clearTimeout(box.timer);
    box.timer = setTimeout(function () { box.style.display = "none"; }, 3000);
  }

  function setNotice(message) {
    state.notice = message;
    noticeBox.textContent = message;
    noticeBox.style.display = message ? "block" : "none";
  }

  function setBasemap(value) {
    state.basemap = value;
    if (bridge) { bridge.basemap_changed(value); }
    if (problem) { setNotice(problem); return; }
    setNotice(value === "offline" ? text("offline") : value === "partial" ? text("partial") : "");
  }

  function watchTiles() {
    var loaded = 0, failed = 0;
    tiles.on("loading", function () { loaded = 0; failed = 0; });
    tiles.on("tileload", function () { loaded += 1; });
    tiles.on("tileerror", function () { failed += 1; });
    tiles.on("load", function () {
      setBasemap(failed === 0 ? "online" : loaded === 0 ? "offline" : "partial");
    });
  }

  function configure(payload) {
    config = JSON.parse(payload);
    problem = config.problem || "";
    map.attributionControl.setPrefix(false);
    if (attribution) { map.attributionControl.removeAttribution(attribution); }
    attribution = config.attribution;
    map.attributionControl.addAttribution(attribution);
    if (problem) { setNotice(problem); }
  }

  function sendViewport() {
    var c = map.getCenter();
    state.center = [c.lat, c.lng];
    state.zoom = map.getZoom();
    if (!bridge) { return; }
    var b = map.getBounds();
    bridge.viewport_changed(b.getSouth(), b.getWest(), b.getNorth(), b.getEast(), map.getZoom());
  }

  /* The supervisor's heat view: one disc per kelurahan, from pale yellow (least) to deep red (most). */
  function drawHeat(payload) {
    var data = JSON.parse(payload);
    heatLayer.clearLayers();
    data.cells.forEach(function (c) {
      var t = Math.max(0, Math.min(1, c[2]));
      var colour = "rgb(" + Math.round(255 - 55 * t) + "," + Math.round(224 - 200 * t) + "," + Math.round(130 - 110 * t) + ")";
      heatLayer.addLayer(L.circle([c[0], c[1]], {
        radius: 650, stroke: false, fillColor: colour, fillOpacity: 0.35 + 0.45 * t
      }).bindTooltip(c[3]));
    });
    state.heat = data.cells.length;
  }

  function fit(payload) {
    var b = JSON.parse(payload);
    map.fitBounds([[b[0], b[1]], [b[2], b[3]]]);
  }

  function start(leafletMap) {
    map = leafletMap;
    tiles = L.tileLayer(TILE_URL, { maxZoom: 19, minZoom: 3, crossOrigin: false });
    tiles.addTo(map);
    watchTiles();
    clusterLayer = L.layerGroup().addTo(map);
    markerLayer = L.markerClusterGroup({
      maxClusterRadius: 22, showCoverageOnHover: false, spiderfyOnMaxZoom: true,
      iconCreateFunction: smallClusterIcon, chunkedLoading: true
    }).addTo(map);
    highlightLayer = L.layerGroup().addTo(map);
    heatLayer = L.layerGroup().addTo(map);
    noticeBox = document.getElementById("jl-notice");
    map.on("moveend", function () {
      clearTimeout(moveTimer);
      moveTimer = setTimeout(sendViewport, 60);
    });
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge;
      bridge.sig_config_changed.connect(configure);
      bridge.sig_features_changed.connect(showFeatures);
      bridge.sig_highlight_requested.connect(highlight);
      bridge.sig_fit_requested.connect(fit);
      bridge.sig_heat_requested.connect(drawHeat);
      state.ready = true;
      bridge.page_ready();
      sendViewport();
    });
  }

  function clickMarker(id) {
    var marker = markersById[id];
    if (!marker) { return false; }
    marker.fire("click");
    return true;
  }

  window.jaklapor = { start: start, state: state, clickMarker: clickMarker };
}());
